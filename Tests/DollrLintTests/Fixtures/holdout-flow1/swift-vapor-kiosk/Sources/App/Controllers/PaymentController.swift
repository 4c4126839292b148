import Vapor

struct KioskPayment: Content {
    let basketID: Int
    let sessionID: String
    let accountID: String
}

struct PaymentController: RouteCollection {
    let dollr: DollrClient
    let baskets: BasketStore

    func boot(routes: RoutesBuilder) throws {
        routes.post("kiosk", "pay", use: pay)
        routes.post("kiosk", "reorder", use: reorder)
        routes.get("kiosk", "payments", ":ref", use: check)
    }

    func pay(req: Request) async throws -> Response {
        let input = try req.content.decode(KioskPayment.self)
        let result = try await dollr.collect(
            CollectBody(sessionID: input.sessionID, paymentAccountID: input.accountID, currency: "USD", referenceID: UUID().uuidString))
        try await baskets.attach(reference: result.referenceID ?? "", to: input.basketID)
        return try await result.status.encodeResponse(status: .accepted, for: req)
    }

    /// Repeat purchase: the kiosk already created and stored the reference for this basket.
    func reorder(req: Request) async throws -> String {
        let input = try req.content.decode(KioskPayment.self)
        let referenceID = try await baskets.reference(for: input.basketID)
        return try await charge(referenceID: referenceID, input: input)
    }

    private func charge(referenceID: String, input: KioskPayment) async throws -> String {
        let body = CollectBody(sessionID: input.sessionID, paymentAccountID: input.accountID, currency: "LRD", referenceID: referenceID)
        return try await dollr.collect(body).status
    }

    func check(req: Request) async throws -> String {
        let ref = try req.parameters.require("ref")
        let status = try await dollr.status("collection", referenceID: ref)
        guard status.status == "COMPLETED" else {
            try await baskets.cancel(reference: ref)
            throw Abort(.paymentRequired, reason: "Payment was not completed")
        }
        return "paid"
    }
}
