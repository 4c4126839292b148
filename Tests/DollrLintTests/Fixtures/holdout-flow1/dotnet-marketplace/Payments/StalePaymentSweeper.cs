using Microsoft.EntityFrameworkCore;
using Soko.Marketplace.Dollr;

namespace Soko.Marketplace.Payments;

/// Every five minutes: settle orders whose collection finished, give up on the rest after ten minutes.
public sealed class StalePaymentSweeper(IServiceScopeFactory scopes) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MarketDb>();
            var dollr = scope.ServiceProvider.GetRequiredService<DollrClient>();
            var open = await db.Orders.Where(o => o.PaymentStatus == "PENDING" || o.PaymentStatus == "PROCESSING")
                .ToListAsync(stoppingToken);
            foreach (var order in open)
            {
                var status = await dollr.StatusAsync("collection", order.DollrReferenceId!, stoppingToken);
                order.PaymentStatus = status.Status;
                if (status.Status == "PROCESSING" && order.CreatedAt < DateTimeOffset.UtcNow.AddMinutes(-10))
                {
                    order.PaymentStatus = "CANCELLED";
                    order.ReleaseStock();
                }
            }
            await db.SaveChangesAsync(stoppingToken);
        }
    }
}
