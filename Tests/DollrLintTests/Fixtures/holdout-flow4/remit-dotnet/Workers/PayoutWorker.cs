using System.Net;
using System.Net.Http.Json;
using Remit.Data;
using Remit.Payments;

namespace Remit.Workers;

public sealed class PayoutWorker(DollrClient gateway, RemitDb db, IConfiguration config, ILogger<PayoutWorker> log)
{
    private static readonly string[] Settled = ["COMPLETED", "FAILED"];

    public async Task<string> SendAsync(Remittance r, CancellationToken ct)
    {
        var referenceId = Guid.NewGuid().ToString();
        r.ReferenceId = referenceId;
        r.State = "SUBMITTING";
        await db.SaveChangesAsync(ct);

        var payload = new
        {
            session_id = r.SessionId.ToString(),
            payout_account_id = r.PayoutAccountId.ToString(),
            reference_id = referenceId,
            passcode = new
            {
                token = new { phone = config["Payouts:PasscodePhone"], code = config["Payouts:Passcode"] },
                device = new { name = "remit-worker", type = "SERVER", platform = "DOTNET", user_agent = "remit/3.1", client_ip = "10.1.0.9" },
            },
        };

        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                var res = await gateway.ExecuteAsync("payout", payload, ct);
                if ((int)res.StatusCode < 500)
                {
                    log.LogInformation("payout {Ref} submitted: HTTP {Code}", referenceId, (int)res.StatusCode);
                    return referenceId;
                }
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                log.LogWarning("payout {Ref} timed out on attempt {Attempt}", referenceId, attempt + 1);
            }

            // outcome unknown: ask for the status of the SAME reference before sending again
            var st = await gateway.StatusAsync("payout", referenceId, ct);
            if (st.StatusCode != HttpStatusCode.NotFound)
            {
                r.State = "SUBMITTED";
                await db.SaveChangesAsync(ct);
                return referenceId;
            }
            await Task.Delay(TimeSpan.FromSeconds(Math.Pow(2, attempt + 1)), ct);
        }
        r.State = "UNKNOWN";
        await db.SaveChangesAsync(ct);
        return referenceId;
    }

    public async Task<string> AwaitOutcomeAsync(Remittance r, CancellationToken ct)
    {
        var delay = TimeSpan.FromSeconds(2);
        for (var i = 0; i < 10; i++)
        {
            var res = await gateway.StatusAsync("payout", r.ReferenceId!, ct);
            var body = await res.Content.ReadFromJsonAsync<Dictionary<string, object>>(cancellationToken: ct);
            var status = body?["status"]?.ToString() ?? "PENDING";
            if (Settled.Contains(status))
            {
                r.State = status;
                await db.SaveChangesAsync(ct);
                return status;
            }
            // PENDING or PROCESSING: the operator is still confirming; keep the remittance open
            await Task.Delay(delay, ct);
            delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 60));
        }
        return "PROCESSING";
    }
}
