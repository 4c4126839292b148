import Foundation

final class DollrService {
    // ok: client-bundle-secret
    private let backend = URL(string: "https://shop-api.example.com/checkout")!

    func obtainToken(clientId: String) async throws -> String {
        // ruleid: client-bundle-secret
        let secret = Bundle.main.object(forInfoDictionaryKey: "DollrClientSecret") as? String ?? ""
        // ruleid: client-bundle-secret
        var request = URLRequest(url: URL(string: "https://api.heydollr.app/v1/jwt/client/obtain/token")!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONEncoder().encode(["client_id": clientId, "client_secret": secret])
        let (data, _) = try await URLSession.shared.data(for: request)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return json?["access_token"] as? String ?? ""
    }
}
