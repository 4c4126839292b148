import Vapor

struct LiveKeyResponse: Content {
    let token: String
    let renewAt: Date
}

func paymentRoutes(_ app: Application, dollr: DollrService) {
    app.get("invoices", ":session", "payments", ":ref", "live-key") { req async throws -> LiveKeyResponse in
        let session = try req.parameters.require("session", as: Int.self)
        let key = try await dollr.realtimeKey(sessionID: session, referenceID: try req.parameters.require("ref"))
        // realtime keys count seconds, not minutes
        return LiveKeyResponse(token: key.access_token, renewAt: Date().addingTimeInterval(TimeInterval(key.expires_in - 10)))
    }

    // Fallback when the iPad loses the realtime channel: wait for a final status, backing off.
    app.get("invoices", "payments", ":ref", "final") { req async throws -> String in
        let ref = try req.parameters.require("ref")
        var delay: UInt64 = 2
        for _ in 0..<10 {
            let current = try await dollr.status(referenceID: ref)
            if current.status == "COMPLETED" || current.status == "FAILED" { return current.status }
            try await Task.sleep(nanoseconds: delay * 1_000_000_000)
            delay = min(delay * 2, 30)
        }
        return "PROCESSING"
    }
}
