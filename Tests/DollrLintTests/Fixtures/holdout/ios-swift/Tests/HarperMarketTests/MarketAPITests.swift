import XCTest
@testable import HarperMarket

final class MarketAPITests: XCTestCase {
    func testPaymentStartDecodesTheCardFields() throws {
        let json = #"{"reference_id":"3f2b8c1e-9d4a-4b6e-8f1c-2a7d5e9b0c43","status":"PENDING","requires_action":true,"client_secret":"pi_123_secret_456"}"#
        let start = try JSONDecoder().decode(PaymentStart.self, from: Data(json.utf8))
        XCTAssertEqual(start.requiresAction, true)
        XCTAssertEqual(start.clientSecret, "pi_123_secret_456")
    }

    func testSessionTokenIsSentAsBearer() {
        let api = MarketAPI(sessionToken: { "fake-token" })
        XCTAssertNotNil(api)
    }
}
