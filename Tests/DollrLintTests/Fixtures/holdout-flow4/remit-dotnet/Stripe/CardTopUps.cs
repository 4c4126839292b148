using Stripe;

namespace Remit.StripeCards;

// Senders in the US top up their remit balance by card through our own Stripe account.
public sealed class CardTopUps(IConfiguration config, ILogger<CardTopUps> log)
{
    public async Task<string> CreateIntentAsync(long cents, string senderId)
    {
        StripeConfiguration.ApiKey = config["Stripe:SecretKey"];
        StripeConfiguration.MaxNetworkRetries = 3;
        var service = new PaymentIntentService();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var intent = await service.CreateAsync(
                    new PaymentIntentCreateOptions { Amount = cents, Currency = "usd", Metadata = new() { ["sender"] = senderId } },
                    new RequestOptions { IdempotencyKey = Guid.NewGuid().ToString() });
                log.LogInformation("stripe intent {Id} created", intent.Id);
                return intent.ClientSecret;
            }
            catch (StripeException e) when (e.HttpStatusCode == System.Net.HttpStatusCode.TooManyRequests && attempt < 3)
            {
                await Task.Delay(1000 * (1 << attempt));
            }
        }
    }
}
