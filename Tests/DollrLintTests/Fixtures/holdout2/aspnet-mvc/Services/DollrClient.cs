using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Paynesville.Web.Services;

/// <summary>Caches the Dollr access token for the whole app; refreshed 5 minutes before expiry.</summary>
public sealed class DollrTokenCache(IHttpClientFactory factory, IOptions<DollrOptions> options, ILogger<DollrTokenCache> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expiresAt;

    public async Task<string> GetAsync(CancellationToken ct)
    {
        if (_token is not null && _expiresAt - DateTimeOffset.UtcNow > TimeSpan.FromMinutes(5)) return _token;
        await _gate.WaitAsync(ct);
        try
        {
            if (_token is not null && _expiresAt - DateTimeOffset.UtcNow > TimeSpan.FromMinutes(5)) return _token;
            var http = factory.CreateClient(DollrClient.HttpClientName);
            using var res = await http.PostAsJsonAsync("/v1/jwt/client/obtain/token", new
            {
                client_id = options.Value.ClientId,
                client_secret = options.Value.ClientSecret,
            }, ct);
            res.EnsureSuccessStatusCode();
            var body = (await res.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct))!;
            _token = body.AccessToken;
            // expires_in is in minutes
            _expiresAt = DateTimeOffset.UtcNow.AddMinutes(body.ExpiresInMinutes);
            logger.LogInformation("Dollr token refreshed ({Length} chars, valid {Minutes} min)", body.AccessToken.Length, body.ExpiresInMinutes);
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }
}

public sealed class DollrClient(IHttpClientFactory factory, DollrTokenCache tokens, ILogger<DollrClient> logger)
{
    public const string HttpClientName = "dollr";

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        var http = factory.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(ct));
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType());
        logger.LogDebug("Dollr {Method} {Path} with headers {Headers}", method, path, request.Headers);

        using var res = await http.SendAsync(request, ct);
        res.EnsureSuccessStatusCode();
        return (await res.Content.ReadFromJsonAsync<T>(cancellationToken: ct))!;
    }

    public Task<Created> CreateOrderAsync(object order, CancellationToken ct) =>
        SendAsync<Created>(HttpMethod.Post, "/v1/orders/create", order, ct);

    public Task<Created> AddOrderItemAsync(long orderId, object item, CancellationToken ct) =>
        SendAsync<Created>(HttpMethod.Post, $"/v1/orders/{orderId}/items/add", item, ct);

    public Task<Created> PublishOrderAsync(long orderId, CancellationToken ct) =>
        SendAsync<Created>(HttpMethod.Put, $"/v1/orders/publish/{orderId}", null, ct);

    public Task<Created> CheckoutSessionAsync(long orderId, CancellationToken ct) =>
        SendAsync<Created>(HttpMethod.Post, "/v1/sessions/checkout", new CheckoutSessionRequest(orderId, "ORDER"), ct);

    public Task<Dictionary<string, object>> CardInfoAsync(string paymentMethodId, CancellationToken ct) =>
        SendAsync<Dictionary<string, object>>(HttpMethod.Get,
            $"/v1/predictions/card-provider?payment_method_id={Uri.EscapeDataString(paymentMethodId)}&operation_type=COLLECTION&provider=STRIPE",
            null, ct);

    public Task<Created> CreateCardAccountAsync(long partyId, string name, CancellationToken ct) =>
        SendAsync<Created>(HttpMethod.Post, "/v1/payment-accounts/create?operation_type=COLLECTION", new
        {
            account_name = $"{name} card",
            method = "CREDIT_CARD",
            provider = "STRIPE",
            party_id = partyId,
        }, ct);

    public Task<Execution> CollectAsync(CollectionRequest request, CancellationToken ct) =>
        SendAsync<Execution>(HttpMethod.Post, "/v1/executions/collection", request, ct);

    public Task<Execution> StatusAsync(string referenceId, CancellationToken ct) =>
        SendAsync<Execution>(HttpMethod.Get, $"/v1/status/collection/{Uri.EscapeDataString(referenceId)}", null, ct);
}
