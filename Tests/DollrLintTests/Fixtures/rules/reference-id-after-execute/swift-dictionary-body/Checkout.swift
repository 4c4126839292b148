import Foundation

struct Checkout {
    let base: URL
    let session: URLSession

    func collect(sessionID: String, accountID: String) async throws -> [String: Any] {
        var request = URLRequest(url: base.appendingPathComponent("/v1/executions/collection"))
        request.httpMethod = "POST"
        request.timeoutInterval = 30
        request.httpBody = try JSONSerialization.data(withJSONObject: [
            "session_id": sessionID,
            "payment_account_id": accountID,
            "currency": "USD",
            // ruleid: reference-id-after-execute
            "reference_id": UUID().uuidString,
        ])
        let (data, _) = try await session.data(for: request)
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    // The caller minted and stored the reference before asking for the payment.
    func collect(sessionID: String, accountID: String, referenceID: String) async throws -> Data {
        var request = URLRequest(url: base.appendingPathComponent("/v1/executions/collection"))
        request.httpMethod = "POST"
        request.timeoutInterval = 30
        request.httpBody = try JSONSerialization.data(withJSONObject: [
            "session_id": sessionID,
            "payment_account_id": accountID,
            "currency": "USD",
            // ok: reference-id-after-execute
            "reference_id": referenceID,
        ])
        return try await session.data(for: request).0
    }
}
