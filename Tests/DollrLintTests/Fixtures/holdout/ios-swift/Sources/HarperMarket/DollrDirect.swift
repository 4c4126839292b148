import Foundation

/// Receipt fallback: when the Market API is down, the app asks Dollr whether
/// the collection completed so the stall can hand over the fish.
actor DollrDirect {
    private var token: String?
    private var expiresAt = Date.distantPast

    private func accessToken() async throws -> String {
        if let token, expiresAt.timeIntervalSinceNow > 5 * 60 {
            return token
        }
        let secret = ProcessInfo.processInfo.environment["DOLLR_CLIENT_SECRET"] ?? ""
        var request = URLRequest(url: AppConfig.dollrBaseURL.appendingPathComponent("v1/jwt/client/obtain/token"))
        request.httpMethod = "POST"
        request.timeoutInterval = 15
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONEncoder().encode(["client_id": AppConfig.dollrClientID, "client_secret": secret])
        let (data, _) = try await URLSession.shared.data(for: request)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let fresh = json["access_token"] as? String ?? ""
        // expires_in is in minutes
        let minutes = json["expires_in"] as? Double ?? 0
        expiresAt = Date().addingTimeInterval(minutes * 60)
        token = fresh
        print("Dollr token:", fresh)
        return fresh
    }

    func collectionStatus(referenceID: String) async throws -> String {
        var request = URLRequest(url: AppConfig.dollrBaseURL.appendingPathComponent("v1/status/collection/\(referenceID)"))
        request.timeoutInterval = 15
        request.setValue("Bearer \(try await accessToken())", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: request)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return json?["status"] as? String ?? "PENDING"
    }
}
