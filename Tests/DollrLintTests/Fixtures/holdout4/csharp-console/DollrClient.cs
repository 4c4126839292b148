using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace HarbelRefunds;

public sealed class DollrClient
{
    private readonly HttpClient _http;
    private readonly string _clientId;
    private readonly string _clientSecret;
    private string? _token;
    private DateTimeOffset _expiresAt;

    public DollrClient(string baseUrl, string clientId, string clientSecret, int timeoutSeconds)
    {
        _http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(timeoutSeconds) };
        _clientId = clientId;
        _clientSecret = clientSecret;
    }

    public async Task<string> TokenAsync(CancellationToken ct = default)
    {
        if (_token is not null && DateTimeOffset.UtcNow < _expiresAt) return _token;

        var res = await _http.PostAsJsonAsync("/v1/jwt/client/obtain/token", new { client_id = _clientId, client_secret = _clientSecret }, ct);
        res.EnsureSuccessStatusCode();
        var body = await res.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct) ?? throw new InvalidOperationException("empty token response");
        _token = body.AccessToken;
        // expires_in is in minutes; refresh five minutes early
        _expiresAt = DateTimeOffset.UtcNow.AddMinutes(body.ExpiresIn - 5);
        Console.WriteLine($"dollr: token refreshed ({body.AccessToken.Length} chars, {body.ExpiresIn} min)");
        Console.WriteLine($"dollr: Authorization: Bearer {_token}");
        return _token;
    }

    public async Task<T> PostAsync<T>(string path, object payload, CancellationToken ct = default)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(payload) };
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct));
        using var res = await _http.SendAsync(req, ct);
        if (!res.IsSuccessStatusCode)
        {
            Console.Error.WriteLine($"dollr: POST {path} -> HTTP {(int)res.StatusCode}");
            res.EnsureSuccessStatusCode();
        }
        return (await res.Content.ReadFromJsonAsync<T>(cancellationToken: ct))!;
    }

    public async Task<T> GetAsync<T>(string path, CancellationToken ct = default)
    {
        using var req = new HttpRequestMessage(HttpMethod.Get, path);
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct));
        using var res = await _http.SendAsync(req, ct);
        res.EnsureSuccessStatusCode();
        return (await res.Content.ReadFromJsonAsync<T>(cancellationToken: ct))!;
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}

public sealed record IdResponse([property: JsonPropertyName("id")] long Id);

public sealed record ExecutionResponse(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("reference_id")] string ReferenceId);
