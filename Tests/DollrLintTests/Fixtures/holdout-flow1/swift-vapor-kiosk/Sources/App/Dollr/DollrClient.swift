import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

struct CollectBody: Encodable {
    let sessionID: String
    let paymentAccountID: String
    let currency: String
    let referenceID: String

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id"
        case paymentAccountID = "payment_account_id"
        case currency
        case referenceID = "reference_id"
    }
}

struct Execution: Decodable {
    let status: String
    let referenceID: String?

    enum CodingKeys: String, CodingKey {
        case status
        case referenceID = "reference_id"
    }
}

actor DollrClient {
    private struct TokenResponse: Decodable {
        let access_token: String
        let expires_in: Int
    }

    private let baseURL: URL
    private let clientID: String
    private let clientSecret: String
    private let session: URLSession
    private var token: String?
    private var tokenExpiry = Date.distantPast

    init(baseURL: URL, clientID: String, clientSecret: String) {
        self.baseURL = baseURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 20
        self.session = URLSession(configuration: configuration)
    }

    private func accessToken() async throws -> String {
        // expires_in is minutes; refresh when fewer than five minutes are left
        if let token, tokenExpiry.timeIntervalSinceNow > 300 { return token }
        let body = ["client_id": clientID, "client_secret": clientSecret]
        let response: TokenResponse = try await send(DollrPaths.token, method: "POST", body: body, bearer: nil)
        token = response.access_token
        tokenExpiry = Date().addingTimeInterval(TimeInterval(response.expires_in * 60))
        return response.access_token
    }

    func collect(_ body: CollectBody) async throws -> Execution {
        try await send(DollrPaths.collection, method: "POST", body: body, bearer: try await accessToken())
    }

    func status(_ operation: String, referenceID: String) async throws -> Execution {
        let path = DollrPaths.status(operation, referenceID)
        return try await send(path, method: "GET", body: Optional<String>.none, bearer: try await accessToken())
    }

    private func send<Body: Encodable, Response: Decodable>(
        _ path: String, method: String, body: Body?, bearer: String?
    ) async throws -> Response {
        var request = URLRequest(url: baseURL.appendingPathComponent(path))
        request.httpMethod = method
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let bearer { request.setValue("Bearer \(bearer)", forHTTPHeaderField: "Authorization") }
        if let body { request.httpBody = try JSONEncoder().encode(body) }
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse, (200..<300).contains(http.statusCode) else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode(Response.self, from: data)
    }
}
