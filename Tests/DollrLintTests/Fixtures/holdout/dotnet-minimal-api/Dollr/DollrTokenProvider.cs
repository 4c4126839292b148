using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace KigaliCrafts.Api.Dollr;

public sealed class DollrOptions
{
    public string BaseUrl { get; set; } = "https://api.heydollr.app";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
}

/// <summary>Obtains the Dollr access token once and reuses it until five minutes before expiry.</summary>
public sealed class DollrTokenProvider(
    IHttpClientFactory factory,
    IOptions<DollrOptions> options,
    ILogger<DollrTokenProvider> logger)
{
    public const string HttpClientName = "dollr-auth";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _accessToken;
    private DateTimeOffset _expiresAt = DateTimeOffset.MinValue;

    public async Task<string> GetAccessTokenAsync(CancellationToken ct)
    {
        if (_accessToken is not null && DateTimeOffset.UtcNow < _expiresAt - RefreshMargin)
            return _accessToken;

        await _lock.WaitAsync(ct);
        try
        {
            if (_accessToken is null || DateTimeOffset.UtcNow >= _expiresAt - RefreshMargin)
            {
                var http = factory.CreateClient(HttpClientName);
                using var res = await http.PostAsJsonAsync("/v1/jwt/client/obtain/token", new
                {
                    client_id = options.Value.ClientId,
                    client_secret = options.Value.ClientSecret,
                }, ct);
                res.EnsureSuccessStatusCode();
                var token = await res.Content.ReadFromJsonAsync<TokenResponse>(ct)
                    ?? throw new InvalidOperationException("Empty token response from Dollr");

                _accessToken = token.AccessToken;
                // expires_in is in minutes
                _expiresAt = DateTimeOffset.UtcNow.AddMinutes(token.ExpiresIn);
                logger.LogDebug("Obtained Dollr token {AccessToken}, valid for {Minutes} min", token.AccessToken, token.ExpiresIn);
            }
            return _accessToken;
        }
        finally
        {
            _lock.Release();
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
