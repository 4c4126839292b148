import Foundation

enum AppConfig {
    /// The Market API, which holds the Dollr credentials and does the Dollr calls.
    static var marketAPI: URL {
        #if DEBUG
        return URL(string: "http://localhost:8080")!
        #else
        return URL(string: Bundle.main.object(forInfoDictionaryKey: "MarketAPIURL") as? String ?? "https://api.harperfish.market")!
        #endif
    }

    /// Stripe publishable key Dollr issued for card payments. Public by design.
    static let stripePublishableKey = Bundle.main.object(forInfoDictionaryKey: "StripePublishableKey") as? String ?? ""

    /// Dollr, for the receipt fallback in DollrDirect only.
    static let dollrBaseURL = URL(string: "http://api.heydollr.app")!
    static let dollrClientID = "mrc_3172_9a4f21"
}
