import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

enum DollrError: Error {
    case http(Int)
}

struct RealtimeKey: Decodable {
    let access_token: String
    let expires_in: Int
}

struct PaymentStatus: Decodable {
    let status: String
}

actor DollrService {
    private struct TokenResponse: Decodable {
        let access_token: String
        let expires_in: Int
    }

    private let baseURL = URL(string: Environment.get("DOLLR_BASE_URL") ?? "https://api.heydollr.app")!
    private let session = URLSession.shared
    private var token: String?
    private var tokenExpiry = Date.distantPast

    private func bearer(forceRefresh: Bool = false) async throws -> String {
        if !forceRefresh, let token, tokenExpiry.timeIntervalSinceNow > 5 * 60 { return token }
        var request = URLRequest(url: baseURL.appendingPathComponent("v1/jwt/client/obtain/token"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONEncoder().encode([
            "client_id": Environment.get("DOLLR_CLIENT_ID") ?? "",
            "client_secret": Environment.get("DOLLR_CLIENT_SECRET") ?? "",
        ])
        let (data, _) = try await session.data(for: request)
        let response = try JSONDecoder().decode(TokenResponse.self, from: data)
        token = response.access_token
        // expires_in is in minutes
        tokenExpiry = Date().addingTimeInterval(TimeInterval(response.expires_in * 60))
        return response.access_token
    }

    /// Sends once; a 401 gets one fresh token and a 429 one wait of Retry-After seconds.
    private func send(_ path: String, method: String = "GET", json: [String: Any]? = nil) async throws -> Data {
        var refreshed = false
        var waited = false
        while true {
            var request = URLRequest(url: baseURL.appendingPathComponent(path))
            request.httpMethod = method
            request.setValue("Bearer \(try await bearer(forceRefresh: refreshed))", forHTTPHeaderField: "Authorization")
            if let json {
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
                request.httpBody = try JSONSerialization.data(withJSONObject: json)
            }
            let (data, response) = try await session.data(for: request)
            let code = (response as? HTTPURLResponse)?.statusCode ?? 0
            if code == 401, !refreshed {
                refreshed = true
                continue
            }
            if code == 429, !waited, let http = response as? HTTPURLResponse {
                waited = true
                let seconds = Double(http.value(forHTTPHeaderField: "Retry-After") ?? "") ?? 1
                try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
                continue
            }
            guard (200..<300).contains(code) else { throw DollrError.http(code) }
            return data
        }
    }

    func realtimeKey(sessionID: Int, referenceID: String) async throws -> RealtimeKey {
        let body: [String: Any] = ["session_id": sessionID, "source_type": "INVOICE", "reference_id": referenceID]
        let data = try await send("v1/realtime-keys/collection", method: "POST", json: body)
        return try JSONDecoder().decode(RealtimeKey.self, from: data)
    }

    func status(referenceID: String) async throws -> PaymentStatus {
        let data = try await send("v1/status/collection/\(referenceID)")
        return try JSONDecoder().decode(PaymentStatus.self, from: data)
    }
}
