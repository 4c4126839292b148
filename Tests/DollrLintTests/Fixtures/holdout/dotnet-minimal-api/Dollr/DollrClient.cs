using System.Net.Http.Headers;
using System.Text.Json;

namespace KigaliCrafts.Api.Dollr;

/// <summary>Typed client for the Dollr endpoints the shop uses.</summary>
public sealed class DollrClient(HttpClient http, DollrTokenProvider tokens, ILogger<DollrClient> logger)
{
    public Task<JsonElement> CreateCheckoutSessionAsync(long orderId, CancellationToken ct) =>
        PostAsync("/v1/sessions/checkout", new
        {
            source_id = orderId,
            source_kind = "ORDER",
        }, ct);

    public Task<JsonElement> CreateMomoAccountAsync(long partyId, string phone, string accountName, CancellationToken ct) =>
        PostAsync("/v1/payment-accounts/create?operation_type=COLLECTION", new
        {
            account_name = accountName,
            method = "MTN_MOMO_RWA",
            provider = "PAWAPAY",
            party_id = partyId,
            country_code = "LR",
            insensitive_account_number = phone,
        }, ct);

    public Task<JsonElement> CreateCardAccountAsync(long partyId, string accountName, CancellationToken ct) =>
        PostAsync("/v1/payment-accounts/create?operation_type=COLLECTION", new
        {
            account_name = accountName,
            method = "CREDIT_CARD",
            provider = "STRIPE",
            party_id = partyId,
        }, ct);

    public Task<JsonElement> CollectAsync(string sessionId, string paymentAccountId, string referenceId, CancellationToken ct) =>
        PostAsync("/v1/executions/collection", new
        {
            session_id = sessionId,
            payment_account_id = paymentAccountId,
            currency = "USD",
            reference_id = referenceId,
            callback_url = "https://kigalicrafts.rw/api/dollr/callback",
        }, ct);

    public Task<JsonElement> RealtimeKeyAsync(long sessionId, string referenceId, CancellationToken ct) =>
        PostAsync("/v1/realtime-keys/collection", new
        {
            session_id = sessionId,
            source_type = "ORDER",
            reference_id = referenceId,
        }, ct);

    public async Task<JsonElement> CollectionStatusAsync(string referenceId, CancellationToken ct)
    {
        using var req = new HttpRequestMessage(HttpMethod.Get, $"/v1/status/collection/{Uri.EscapeDataString(referenceId)}");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAccessTokenAsync(ct));
        using var res = await http.SendAsync(req, ct);
        res.EnsureSuccessStatusCode();
        return await res.Content.ReadFromJsonAsync<JsonElement>(ct);
    }

    private async Task<JsonElement> PostAsync(string path, object body, CancellationToken ct)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAccessTokenAsync(ct));
        using var res = await http.SendAsync(req, ct);
        if (!res.IsSuccessStatusCode)
        {
            logger.LogWarning("Dollr {Path} returned HTTP {Status}", path, (int)res.StatusCode);
            res.EnsureSuccessStatusCode();
        }
        return await res.Content.ReadFromJsonAsync<JsonElement>(ct);
    }
}
