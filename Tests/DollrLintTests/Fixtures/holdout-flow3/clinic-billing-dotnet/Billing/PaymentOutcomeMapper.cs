using System.Text.Json;

namespace ClinicBilling.Billing;

public static class PaymentOutcomeMapper
{
    public static PaymentOutcome From(JsonElement execution)
    {
        var status = execution.GetProperty("status").GetString();

        if (execution.TryGetProperty("requires_action", out var requiresAction) && requiresAction.ValueKind == JsonValueKind.True)
        {
            // handed to Stripe.js on the front desk page to finish 3-D Secure
            return PaymentOutcome.NeedsAuthentication(execution.GetProperty("client_secret").GetString()!);
        }

        switch (status)
        {
            case "COMPLETED":
                return PaymentOutcome.Paid();
            case "PENDING":
                return PaymentOutcome.Waiting();
            case "PROCESSING":
            case "FAILED":
                var message = execution.TryGetProperty("gateway_message", out var gm) ? gm.GetString() : null;
                return PaymentOutcome.Declined(message ?? "Card payment was not approved");
            default:
                return PaymentOutcome.Waiting();
        }
    }
}
