using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Shop.Dollr;

public sealed class DollrClient(HttpClient http, ILogger<DollrClient> _logger)
{
    private record TokenResponse(string access_token, int expires_in);

    public async Task<string> GetAccessTokenAsync()
    {
        var res = await http.PostAsJsonAsync("https://api.heydollr.app/v1/jwt/client/obtain/token", new
        {
            client_id = Environment.GetEnvironmentVariable("DOLLR_CLIENT_ID"),
            client_secret = Environment.GetEnvironmentVariable("DOLLR_CLIENT_SECRET"),
        });
        var data = await res.Content.ReadFromJsonAsync<TokenResponse>();
        var token = data!.access_token;
        // ruleid: token-logging
        _logger.LogInformation("Dollr token {Token}", token);
        // ok: token-logging
        _logger.LogInformation("Dollr token acquired, expires in {Minutes} min", data.expires_in);
        // ruleid: token-logging
        Console.WriteLine($"Authorization: Bearer {token}");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // ruleid: token-logging
        _logger.LogDebug("Default headers: {Headers}", http.DefaultRequestHeaders);
        // ok: token-logging
        _logger.LogDebug("Auth scheme {Scheme}", http.DefaultRequestHeaders.Authorization.Scheme);
        return token;
    }
}
