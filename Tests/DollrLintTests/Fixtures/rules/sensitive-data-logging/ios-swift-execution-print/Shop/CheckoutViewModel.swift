import Foundation
import StripePayments

struct Execution: Decodable {
    let status: String
    let reference_id: String
    let requires_action: Bool?
    let client_secret: String?
}

@MainActor
final class CheckoutViewModel: ObservableObject {
    @Published var status = "idle"

    func didReceive(_ data: Data) throws {
        let execution = try JSONDecoder().decode(Execution.self, from: data)
        // ruleid: sensitive-data-logging
        print("execution: \(execution)")
        // ok: sensitive-data-logging
        print("execution \(execution.reference_id) status \(execution.status)")
        if execution.requires_action == true, let secret = execution.client_secret {
            // ruleid: sensitive-data-logging
            print("3DS client secret \(secret)")
            // ok: sensitive-data-logging
            let params = STPPaymentIntentParams(clientSecret: secret)
            status = params.clientSecret.isEmpty ? "error" : "3ds"
        }
    }
}
