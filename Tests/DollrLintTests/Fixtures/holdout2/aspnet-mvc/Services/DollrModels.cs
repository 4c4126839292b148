using System.Text.Json.Serialization;

namespace Paynesville.Web.Services;

public sealed class DollrOptions
{
    public string BaseUrl { get; set; } = "https://api.heydollr.app";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public int TimeoutSeconds { get; set; } = 20;
}

public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresInMinutes);

public sealed record Created([property: JsonPropertyName("id")] long Id);

public sealed record CheckoutSessionRequest(
    [property: JsonPropertyName("source_id")] long SourceId,
    [property: JsonPropertyName("source_type")] string SourceType);

public sealed record CollectionRequest(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("payment_account_id")] long PaymentAccountId,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("reference_id")] string ReferenceId);

public sealed record Execution(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("reference_id")] string ReferenceId,
    [property: JsonPropertyName("requires_action")] bool? RequiresAction,
    [property: JsonPropertyName("client_secret")] string? ClientSecret,
    [property: JsonPropertyName("gateway_message")] string? GatewayMessage);
