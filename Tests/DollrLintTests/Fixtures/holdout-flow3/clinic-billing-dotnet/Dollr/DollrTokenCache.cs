using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace ClinicBilling.Dollr;

public sealed class DollrOptions
{
    public string BaseUrl { get; set; } = "https://api.heydollr.app";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
}

// Singleton: one token for the whole process, refreshed when fewer than five minutes remain.
public sealed class DollrTokenCache
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly IHttpClientFactory _factory;
    private readonly DollrOptions _options;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _token;
    private DateTimeOffset _expiresAt = DateTimeOffset.MinValue;

    public DollrTokenCache(IHttpClientFactory factory, IOptions<DollrOptions> options)
    {
        _factory = factory;
        _options = options.Value;
    }

    public async Task<string> GetAsync(CancellationToken ct)
    {
        if (_token is not null && _expiresAt - DateTimeOffset.UtcNow > RefreshMargin)
        {
            return _token;
        }

        await _lock.WaitAsync(ct);
        try
        {
            if (_token is not null && _expiresAt - DateTimeOffset.UtcNow > RefreshMargin)
            {
                return _token;
            }

            var http = _factory.CreateClient("dollr-auth");
            using var res = await http.PostAsJsonAsync("v1/jwt/client/obtain/token",
                new { client_id = _options.ClientId, client_secret = _options.ClientSecret }, ct);
            res.EnsureSuccessStatusCode();
            var body = await res.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct)
                       ?? throw new InvalidOperationException("Empty Dollr token response");

            _token = body.AccessToken;
            _expiresAt = DateTimeOffset.UtcNow.AddMinutes(body.ExpiresIn);
            return _token;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Invalidate() => _token = null;

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
