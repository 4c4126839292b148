import Foundation

struct DollrClient {
    let base: URL
    let session: URLSession

    func executeCollection(sessionID: String, accountID: String, referenceID: String) async throws -> Data {
        var request = URLRequest(url: base.appendingPathComponent("/v1/executions/collection"))
        request.httpMethod = "POST"
        request.timeoutInterval = 30
        request.httpBody = try JSONSerialization.data(withJSONObject: [
            "session_id": sessionID, "payment_account_id": accountID, "currency": "USD", "reference_id": referenceID,
        ])
        let (data, _) = try await session.data(for: request)
        return data
    }
}
