using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClinicBilling.Dollr;

public sealed class DollrApiException : Exception
{
    public DollrApiException(HttpStatusCode statusCode, string body)
        : base($"Dollr returned {(int)statusCode}")
    {
        StatusCode = statusCode;
        Body = body;
    }

    public HttpStatusCode StatusCode { get; }
    public string Body { get; }
}

public class DollrClient
{
    private readonly HttpClient _http;
    private readonly DollrTokenCache _tokens;

    public DollrClient(HttpClient http, DollrTokenCache tokens)
    {
        _http = http;
        _tokens = tokens;
    }

    public Task<JsonElement> CreateCheckoutSessionAsync(long invoiceId, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, "v1/sessions/checkout", new { source_id = invoiceId, source_type = "INVOICE" }, ct);

    public Task<JsonElement> CreatePaymentAccountAsync(object body, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, "v1/payment-accounts/create?operation_type=COLLECTION", body, ct);

    public Task<JsonElement> ExecuteCollectionAsync(object body, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, string.Format("v1/executions/{0}", "collection"), body, ct);

    public Task<JsonElement> GetCollectionStatusAsync(string referenceId, CancellationToken ct) =>
        SendAsync(HttpMethod.Get, $"v1/status/collection/{referenceId}", null, ct);

    // 401: refresh the token once and replay. 429: wait for Retry-After (or 2s, 4s, 8s) and replay.
    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var req = new HttpRequestMessage(method, path);
            req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetAsync(ct));
            if (body is not null)
            {
                req.Content = JsonContent.Create(body);
            }

            using var res = await _http.SendAsync(req, ct);

            if (res.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
            {
                _tokens.Invalidate();
                continue;
            }

            if (res.StatusCode == HttpStatusCode.TooManyRequests && attempt < 3)
            {
                var wait = res.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(2 << attempt);
                await Task.Delay(wait, ct);
                continue;
            }

            if (!res.IsSuccessStatusCode)
            {
                throw new DollrApiException(res.StatusCode, await res.Content.ReadAsStringAsync(ct));
            }

            return await res.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
        }
    }
}
