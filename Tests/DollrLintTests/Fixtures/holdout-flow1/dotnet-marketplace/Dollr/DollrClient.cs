using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Soko.Marketplace.Dollr;

public sealed record CollectionRequest(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("payment_account_id")] string PaymentAccountId,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("reference_id")] string ReferenceId);

public sealed record ExecutionResult(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("reference_id")] string ReferenceId);

public sealed class DollrClient(HttpClient http, IConfiguration config)
{
    private record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);

    // typed HttpClients are transient: the token cache is shared by every instance
    private static readonly SemaphoreSlim TokenLock = new(1, 1);
    private static string? _token;
    private static DateTimeOffset _tokenExpiresAt;

    private async Task<string> AccessTokenAsync(CancellationToken ct)
    {
        await TokenLock.WaitAsync(ct);
        try
        {
            // expires_in is in minutes; renew when fewer than five remain
            if (_token is not null && _tokenExpiresAt - DateTimeOffset.UtcNow > TimeSpan.FromMinutes(5)) return _token;
            var res = await http.PostAsJsonAsync(DollrRoutes.Token, new
            {
                client_id = config["Dollr:ClientId"],
                client_secret = config["Dollr:ClientSecret"],
            }, ct);
            res.EnsureSuccessStatusCode();
            var token = (await res.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct))!;
            _token = token.AccessToken;
            _tokenExpiresAt = DateTimeOffset.UtcNow.AddMinutes(token.ExpiresIn);
            return _token;
        }
        finally
        {
            TokenLock.Release();
        }
    }

    private async Task<HttpRequestMessage> AuthorizedAsync(HttpMethod method, string path, CancellationToken ct)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await AccessTokenAsync(ct));
        return request;
    }

    public async Task<ExecutionResult> CollectAsync(CollectionRequest body, CancellationToken ct = default)
    {
        using var request = await AuthorizedAsync(HttpMethod.Post, DollrRoutes.Collection, ct);
        request.Content = JsonContent.Create(body);
        using var res = await http.SendAsync(request, ct);
        res.EnsureSuccessStatusCode();
        return (await res.Content.ReadFromJsonAsync<ExecutionResult>(cancellationToken: ct))!;
    }

    public async Task<ExecutionResult> StatusAsync(string operation, string referenceId, CancellationToken ct = default)
    {
        using var request = await AuthorizedAsync(HttpMethod.Get, DollrRoutes.Status(operation, referenceId), ct);
        using var res = await http.SendAsync(request, ct);
        res.EnsureSuccessStatusCode();
        return (await res.Content.ReadFromJsonAsync<ExecutionResult>(cancellationToken: ct))!;
    }
}
