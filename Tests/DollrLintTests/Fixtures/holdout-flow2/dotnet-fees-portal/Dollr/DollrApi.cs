using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Polly;

namespace Fees.Portal.Dollr;

public sealed class DollrApi(HttpClient http, IConfiguration config)
{
    private static readonly IAsyncPolicy<HttpResponseMessage> RetryPolicy = Policy
        .HandleResult<HttpResponseMessage>(r => !r.IsSuccessStatusCode)
        .Or<HttpRequestException>()
        .WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(250 * attempt));

    private async Task<AuthenticationHeaderValue> AuthorizationAsync(CancellationToken ct)
    {
        var res = await http.PostAsJsonAsync("/v1/jwt/client/obtain/token", new
        {
            client_id = config["Dollr:ClientId"],
            client_secret = config["Dollr:ClientSecret"],
        }, ct);
        res.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await res.Content.ReadAsStringAsync(ct));
        return new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("access_token").GetString());
    }

    public async Task<JsonElement> PreviewFeesAsync(string invoiceId, CancellationToken ct = default)
    {
        var auth = await AuthorizationAsync(ct);
        var path = "/v1/predictions/payment-source/amount-and-fees"
            + $"?source_type=INVOICE&source_id={invoiceId}&target_currency=RWF&payment_method=MTN_MOMO_RWA&provider=PAWAPAY";
        using var res = await RetryPolicy.ExecuteAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = auth;
            return http.SendAsync(request, ct);
        });
        res.EnsureSuccessStatusCode();
        return await res.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
    }

    public async Task<long> OpenCheckoutAsync(long invoiceId, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/sessions/checkout")
        {
            Content = JsonContent.Create(new { source_type = "INVOICE", source_id = invoiceId }),
        };
        request.Headers.Authorization = await AuthorizationAsync(ct);
        using var res = await http.SendAsync(request, ct);
        res.EnsureSuccessStatusCode();
        var session = await res.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
        return session.GetProperty("id").GetInt64();
    }
}
