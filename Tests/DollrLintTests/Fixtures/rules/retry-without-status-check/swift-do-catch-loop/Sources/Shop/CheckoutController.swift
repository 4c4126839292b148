import Foundation

struct CheckoutController {
    let dollr: DollrClient
    let store: PaymentStore

    func pay(order: Order) async throws -> Data {
        let referenceID = UUID().uuidString
        try await store.save(referenceID: referenceID, orderID: order.id)
        var lastError: Error?
        for attempt in 0..<3 {
            do {
                // ruleid: retry-without-status-check
                return try await dollr.executeCollection(sessionID: order.sessionID, accountID: order.accountID, referenceID: referenceID)
            } catch {
                lastError = error
                try await Task.sleep(nanoseconds: UInt64(1 << attempt) * 1_000_000_000)
            }
        }
        throw lastError!
    }
}
