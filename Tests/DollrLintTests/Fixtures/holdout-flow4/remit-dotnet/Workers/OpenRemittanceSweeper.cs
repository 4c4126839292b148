using Microsoft.EntityFrameworkCore;
using Remit.Data;

namespace Remit.Workers;

public sealed class OpenRemittanceSweeper(IServiceScopeFactory scopes, ILogger<OpenRemittanceSweeper> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            using (var scope = scopes.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<RemitDb>();
                var worker = scope.ServiceProvider.GetRequiredService<PayoutWorker>();
                var open = await db.Remittances
                    .Where(r => r.State == "SUBMITTED" || r.State == "UNKNOWN" || r.State == "PROCESSING")
                    .Take(50)
                    .ToListAsync(stoppingToken);
                foreach (var r in open)
                {
                    var state = await worker.AwaitOutcomeAsync(r, stoppingToken);
                    log.LogInformation("remittance {Ref} is {State}", r.ReferenceId, state);
                }
            }
            await Task.Delay(TimeSpan.FromMinutes(2), stoppingToken);
        }
    }
}
