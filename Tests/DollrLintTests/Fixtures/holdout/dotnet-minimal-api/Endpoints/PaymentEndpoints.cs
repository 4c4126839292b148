using KigaliCrafts.Api.Data;
using KigaliCrafts.Api.Dollr;
using Microsoft.EntityFrameworkCore;

namespace KigaliCrafts.Api.Endpoints;

public record MomoPayRequest(long OrderId, string Phone);
public record CardPayRequest(long OrderId, string PaymentMethodId);

public static class PaymentEndpoints
{
    public static void MapPaymentEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/payments").RequireAuthorization();

        group.MapPost("/momo", async (MomoPayRequest req, DollrClient dollr, ShopDb db, ILoggerFactory logs, CancellationToken ct) =>
        {
            var log = logs.CreateLogger("Payments");
            var order = await db.Orders.SingleAsync(o => o.Id == req.OrderId, ct);

            var session = await dollr.CreateCheckoutSessionAsync(order.DollrOrderId, ct);
            var account = await dollr.CreateMomoAccountAsync(order.DollrPartyId, req.Phone, $"{order.CustomerName} MoMo", ct);

            // The idempotency key goes to the database before Dollr sees it.
            var payment = new Payment
            {
                OrderId = order.Id,
                ReferenceId = Guid.NewGuid().ToString(),
                DollrSessionId = session.GetProperty("id").GetInt64(),
                Status = "PENDING",
            };
            db.Payments.Add(payment);
            await db.SaveChangesAsync(ct);

            var execution = await dollr.CollectAsync(
                payment.DollrSessionId.ToString(), account.GetProperty("id").ToString(), payment.ReferenceId, ct);
            payment.Status = execution.GetProperty("status").GetString() ?? "PENDING";
            await db.SaveChangesAsync(ct);

            log.LogInformation("Collection {ReferenceId} for order {OrderId}: {Status}", payment.ReferenceId, order.Id, payment.Status);
            return Results.Accepted($"/api/payments/{payment.ReferenceId}", new { reference_id = payment.ReferenceId, status = payment.Status });
        });

        group.MapPost("/card", async (CardPayRequest req, DollrClient dollr, ShopDb db, CancellationToken ct) =>
        {
            var order = await db.Orders.SingleAsync(o => o.Id == req.OrderId, ct);
            var session = await dollr.CreateCheckoutSessionAsync(order.DollrOrderId, ct);
            var account = await dollr.CreateCardAccountAsync(order.DollrPartyId, $"{order.CustomerName} card", ct);

            var payment = new Payment
            {
                OrderId = order.Id,
                ReferenceId = Guid.NewGuid().ToString(),
                DollrSessionId = session.GetProperty("id").GetInt64(),
                Status = "PENDING",
            };
            db.Payments.Add(payment);
            await db.SaveChangesAsync(ct);

            var execution = await dollr.CollectAsync(
                payment.DollrSessionId.ToString(), account.GetProperty("id").ToString(), payment.ReferenceId, ct);
            payment.Status = execution.GetProperty("status").GetString() ?? "PENDING";
            await db.SaveChangesAsync(ct);

            var requiresAction = execution.TryGetProperty("requires_action", out var ra) && ra.GetBoolean();
            return Results.Ok(new
            {
                reference_id = payment.ReferenceId,
                status = payment.Status,
                requires_action = requiresAction,
                // Stripe PaymentIntent secret: the browser hands it to stripe.confirmCardPayment for 3-D Secure.
                client_secret = requiresAction ? execution.GetProperty("client_secret").GetString() : null,
            });
        });

        group.MapGet("/{referenceId}", async (string referenceId, DollrClient dollr, ILoggerFactory logs, CancellationToken ct) =>
        {
            var status = await dollr.CollectionStatusAsync(referenceId, ct);
            var value = status.GetProperty("status").GetString();
            logs.CreateLogger("Payments").LogInformation("Status {ReferenceId}: {Status}", referenceId, value);
            return Results.Ok(new { reference_id = referenceId, status = value });
        });

        // Short-lived Supabase Realtime key for the live status widget; it is meant for the browser.
        group.MapPost("/{referenceId}/realtime-key", async (string referenceId, DollrClient dollr, ShopDb db, CancellationToken ct) =>
        {
            var payment = await db.Payments.SingleAsync(p => p.ReferenceId == referenceId, ct);
            var key = await dollr.RealtimeKeyAsync(payment.DollrSessionId, referenceId, ct);
            return Results.Ok(new
            {
                access_token = key.GetProperty("access_token").GetString(),
                expires_in = key.GetProperty("expires_in").GetInt32(),
            });
        });
    }
}
