import Foundation

struct PaymentStart: Decodable {
    let referenceId: String
    let status: String
    let requiresAction: Bool?
    /// Stripe PaymentIntent client secret, present when the card needs 3-D Secure.
    let clientSecret: String?

    enum CodingKeys: String, CodingKey {
        case referenceId = "reference_id"
        case status
        case requiresAction = "requires_action"
        case clientSecret = "client_secret"
    }
}

/// The shop's backend. Every Dollr call with credentials happens there.
final class MarketAPI {
    private let session: URLSession
    /// The customer's login session token for the Market API (not a Dollr token).
    private let sessionToken: () -> String

    init(sessionToken: @escaping () -> String) {
        let config = URLSessionConfiguration.default
        config.timeoutIntervalForRequest = 30
        self.session = URLSession(configuration: config)
        self.sessionToken = sessionToken
    }

    func payWithMomo(orderID: Int, phone: String) async throws -> PaymentStart {
        try await post("/orders/\(orderID)/pay/momo", body: ["phone": phone])
    }

    func payWithCard(orderID: Int, paymentMethodID: String) async throws -> PaymentStart {
        try await post("/orders/\(orderID)/pay/card", body: ["payment_method_id": paymentMethodID])
    }

    func paymentStatus(referenceID: String) async throws -> String {
        var request = URLRequest(url: AppConfig.marketAPI.appendingPathComponent("payments/\(referenceID)"))
        request.setValue("Bearer \(sessionToken())", forHTTPHeaderField: "Authorization")
        let (data, _) = try await session.data(for: request)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return json?["status"] as? String ?? "PENDING"
    }

    private func post<T: Decodable>(_ path: String, body: [String: String]) async throws -> T {
        var request = URLRequest(url: AppConfig.marketAPI.appendingPathComponent(path))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("Bearer \(sessionToken())", forHTTPHeaderField: "Authorization")
        request.httpBody = try JSONEncoder().encode(body)
        let (data, _) = try await session.data(for: request)
        return try JSONDecoder().decode(T.self, from: data)
    }
}
