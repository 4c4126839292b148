import Foundation
import os
import StripePayments

struct CheckoutForm {
    var orderID: Int
    var fullName: String
    var phone: String
}

@MainActor
final class CheckoutModel: ObservableObject {
    @Published var message = ""
    private let api: MarketAPI
    private let logger = Logger(subsystem: "market.harperfish", category: "checkout")

    init(api: MarketAPI) {
        self.api = api
    }

    func payWithMomo(_ form: CheckoutForm) async {
        logger.info("MoMo payment for \(form.fullName, privacy: .public), wallet \(form.phone, privacy: .public)")
        do {
            let start = try await api.payWithMomo(orderID: form.orderID, phone: form.phone)
            message = "Approve the payment on your phone"
            await awaitResult(start.referenceId)
        } catch {
            message = "Could not start the payment"
        }
    }

    func payWithCard(orderID: Int, paymentMethodID: String, context: STPAuthenticationContext) async {
        do {
            let start = try await api.payWithCard(orderID: orderID, paymentMethodID: paymentMethodID)
            if start.requiresAction == true, let clientSecret = start.clientSecret {
                // 3-D Secure: Stripe's handler takes the PaymentIntent client secret.
                STPPaymentHandler.shared().handleNextAction(forPayment: clientSecret, with: context, returnURL: "harperfish://stripe-redirect") { _, _, _ in }
            }
            await awaitResult(start.referenceId)
        } catch {
            message = "Card payment failed"
        }
    }

    /// Polls the Market API with a growing delay; MoMo approval can take minutes.
    private func awaitResult(_ referenceID: String) async {
        var delaySeconds: UInt64 = 2
        for _ in 0..<10 {
            try? await Task.sleep(nanoseconds: delaySeconds * 1_000_000_000)
            guard let status = try? await api.paymentStatus(referenceID: referenceID) else { continue }
            logger.debug("payment \(referenceID, privacy: .public) status \(status, privacy: .public)")
            if status == "COMPLETED" { message = "Paid"; return }
            if status == "FAILED" { message = "Payment failed"; return }
            delaySeconds = min(delaySeconds * 2, 30)
        }
        message = "Still waiting for approval"
    }
}
