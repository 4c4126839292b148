using System.Net.Http.Json;
using Polly;

public class CollectionService
{
    private readonly HttpClient _http;
    public CollectionService(HttpClient http) => _http = http;

    public async Task<HttpResponseMessage> CollectAsync(string sessionId, string accountId)
    {
        var policy = Policy.Handle<HttpRequestException>().WaitAndRetryAsync(3, n => TimeSpan.FromSeconds(Math.Pow(2, n)));
        return await policy.ExecuteAsync(async () =>
        {
            // ruleid: new-reference-id-on-retry
            var referenceId = Guid.NewGuid().ToString();
            await Payments.SaveAsync(referenceId, "PENDING");
            // ruleid: retry-without-status-check
            return await _http.PostAsJsonAsync("/v1/executions/collection", new
            {
                session_id = sessionId,
                payment_account_id = accountId,
                currency = "USD",
                reference_id = referenceId,
            });
        });
    }
}
