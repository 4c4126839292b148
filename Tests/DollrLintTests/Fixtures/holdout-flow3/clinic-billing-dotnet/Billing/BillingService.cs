using System.Net;
using System.Text.Json;
using ClinicBilling.Dollr;

namespace ClinicBilling.Billing;

public class BillingService
{
    private readonly DollrClient _dollr;
    private readonly ClinicDb _db;
    private readonly ILogger<BillingService> _log;

    public BillingService(DollrClient dollr, ClinicDb db, ILogger<BillingService> log)
    {
        _dollr = dollr;
        _db = db;
        _log = log;
    }

    public async Task<PaymentOutcome> PayVisitByCardAsync(Visit visit, CancellationToken ct)
    {
        // Dollr sometimes answers 422 for a few seconds right after the invoice is published.
        JsonElement session;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                session = await _dollr.CreateCheckoutSessionAsync(visit.DollrInvoiceId, ct);
                break;
            }
            catch (DollrApiException ex) when (ex.StatusCode == HttpStatusCode.UnprocessableEntity && attempt < 4)
            {
                _log.LogWarning("Checkout session for invoice {InvoiceId} rejected (attempt {Attempt}), retrying",
                    visit.DollrInvoiceId, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt), ct);
            }
        }

        var account = await _dollr.CreatePaymentAccountAsync(new
        {
            account_name = $"{visit.PatientName} card",
            method = "CREDIT_CARD", provider = "PAWAPAY",
            party_id = visit.Patient.DollrPartyId,
        }, ct);

        var execution = await _dollr.ExecuteCollectionAsync(new
        {
            session_id = session.GetProperty("id").ToString(),
            payment_account_id = account.GetProperty("id").ToString(),
            currency = visit.Currency,
            reference_id = Guid.NewGuid().ToString(),
        }, ct);

        _db.InvoicePayments.Add(new InvoicePayment
        {
            VisitId = visit.Id,
            VisitReference = "VIS-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
            ReferenceId = execution.GetProperty("reference_id").GetString()!,
            Status = execution.GetProperty("status").GetString()!,
        });
        await _db.SaveChangesAsync(ct);

        return PaymentOutcomeMapper.From(execution);
    }
}
