using Polly;
using Soko.Marketplace.Dollr;

namespace Soko.Marketplace.Payments;

public sealed class CheckoutService(DollrClient dollr, MarketDb db, ILogger<CheckoutService> log)
{
    private static readonly IAsyncPolicy Transient = Policy
        .Handle<HttpRequestException>(e => e.StatusCode is null || (int)e.StatusCode >= 500)
        .Or<TaskCanceledException>()
        .WaitAndRetryAsync(3, attempt => TimeSpan.FromSeconds(Math.Pow(2, attempt)));

    public async Task<string> PayAsync(long orderId, string accountId)
    {
        var order = await db.Orders.FindAsync(orderId) ?? throw new KeyNotFoundException($"order {orderId}");
        order.DollrReferenceId ??= Guid.NewGuid().ToString();
        await db.SaveChangesAsync();

        var request = new CollectionRequest(order.DollrSessionId, accountId, order.Currency, order.DollrReferenceId);
        var result = await Transient.ExecuteAsync(() => dollr.CollectAsync(request));
        log.LogInformation("Order {OrderId} collection is {Status}", orderId, result.Status);
        order.PaymentStatus = result.Status;
        await db.SaveChangesAsync();
        return result.Status;
    }
}
