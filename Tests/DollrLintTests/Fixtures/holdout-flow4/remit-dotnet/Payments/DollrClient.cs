using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Remit.Payments;

public sealed class DollrOptions
{
    public string BaseUrl { get; set; } = "https://api.heydollr.app";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
}

public sealed record TokenResponse(string access_token, int expires_in);

public sealed class DollrClient
{
    private readonly HttpClient _http;
    private readonly DollrOptions _opts;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _token;
    private DateTimeOffset _expiresAt = DateTimeOffset.MinValue;

    public DollrClient(HttpClient http, DollrOptions opts)
    {
        _http = http;
        _opts = opts;
        _http.BaseAddress = new Uri(opts.BaseUrl);
        _http.Timeout = TimeSpan.FromSeconds(30);
    }

    private async Task<string> BearerAsync(bool force, CancellationToken ct)
    {
        await _lock.WaitAsync(ct);
        try
        {
            if (!force && _token is not null && _expiresAt - DateTimeOffset.UtcNow > TimeSpan.FromMinutes(5))
                return _token;
            var res = await _http.PostAsJsonAsync("/v1/jwt/client/obtain/token",
                new { client_id = _opts.ClientId, client_secret = _opts.ClientSecret }, ct);
            res.EnsureSuccessStatusCode();
            var tok = (await res.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct))!;
            _token = tok.access_token;
            _expiresAt = DateTimeOffset.UtcNow.AddMinutes(tok.expires_in);
            return _token;
        }
        finally
        {
            _lock.Release();
        }
    }

    // One 401 => refresh the token and replay once. 429 => honour Retry-After.
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        var forceRefresh = false;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var req = new HttpRequestMessage(method, path);
            req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await BearerAsync(forceRefresh, ct));
            if (body is not null) req.Content = JsonContent.Create(body);
            var res = await _http.SendAsync(req, ct);

            if (res.StatusCode == HttpStatusCode.Unauthorized && !forceRefresh)
            {
                forceRefresh = true;
                continue;
            }
            if (res.StatusCode == HttpStatusCode.TooManyRequests && attempt < 2)
            {
                var wait = res.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5);
                await Task.Delay(wait, ct);
                continue;
            }
            return res;
        }
        throw new HttpRequestException("Dollr request kept failing with 401/429");
    }

    public Task<HttpResponseMessage> ExecuteAsync(string op, object body, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, string.Format("/v1/executions/{0}", op), body, ct);

    public Task<HttpResponseMessage> StatusAsync(string op, string referenceId, CancellationToken ct) =>
        SendAsync(HttpMethod.Get, $"/v1/status/{op}/{referenceId}", null, ct);
}
