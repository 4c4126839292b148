using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Paynesville.Web.Data;
using Paynesville.Web.Services;

namespace Paynesville.Web.Controllers;

public sealed class CheckoutController(
    PharmacyDb db,
    DollrClient dollr,
    IConfiguration configuration,
    ILogger<CheckoutController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Card(int id, CancellationToken ct)
    {
        var prescription = await db.Prescriptions.FindAsync([id], ct);
        if (prescription is null) return NotFound();
        ViewData["StripePublishableKey"] = configuration["Stripe:PublishableKey"];
        return View(prescription);
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> PayCard(int id, [FromForm] string paymentMethodId, CancellationToken ct)
    {
        var prescription = await db.Prescriptions.FindAsync([id], ct);
        if (prescription is null) return NotFound();

        if (prescription.DollrOrderId is null)
        {
            var order = await dollr.CreateOrderAsync(new
            {
                counterparty_id = prescription.DollrCounterpartyId,
                currency = "Usd",
                note = $"Prescription {prescription.Number}",
                fee_bearer = "PAYEE",
                as_payment_link = false,
            }, ct);
            foreach (var line in prescription.Lines)
            {
                await dollr.AddOrderItemAsync(order.Id, new
                {
                    name = line.DrugName,
                    currency = "USD",
                    qty = line.Quantity,
                    amount = line.UnitPrice,
                }, ct);
            }
            await dollr.PublishOrderAsync(order.Id, ct);
            prescription.DollrOrderId = order.Id;
            await db.SaveChangesAsync(ct);
        }

        await dollr.CardInfoAsync(paymentMethodId, ct);
        var session = await dollr.CheckoutSessionAsync(prescription.DollrOrderId.Value, ct);
        var account = await dollr.CreateCardAccountAsync(prescription.DollrPartyId, prescription.PatientName, ct);

        // Idempotency key saved before the execute call.
        var payment = new Payment { PrescriptionId = id, ReferenceId = Guid.NewGuid().ToString(), Status = "PENDING" };
        db.Payments.Add(payment);
        await db.SaveChangesAsync(ct);

        var execution = await dollr.CollectAsync(
            new CollectionRequest(session.Id.ToString(), account.Id, "USD", payment.ReferenceId), ct);
        payment.Status = execution.Status;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Card payment {ReferenceId} is {Status}", payment.ReferenceId, execution.Status);

        // Card.cshtml hands clientSecret to stripe.confirmCardPayment for 3-D Secure.
        return Json(new
        {
            referenceId = payment.ReferenceId,
            status = execution.Status,
            requiresAction = execution.RequiresAction ?? false,
            clientSecret = execution.ClientSecret,
        });
    }

    [HttpGet]
    public async Task<IActionResult> Status(string referenceId, CancellationToken ct)
    {
        var res = await dollr.StatusAsync(referenceId, ct);
        logger.LogInformation("Payment {ReferenceId} status {Status}", referenceId, res.Status);
        return Json(new { referenceId, status = res.Status });
    }
}
