using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Paynesville.Web.Services;
using Xunit;

namespace Paynesville.Tests;

public sealed class DollrClientTests
{
    private sealed class FakeDollr : HttpMessageHandler
    {
        public int TokenCalls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (request.RequestUri!.AbsolutePath == "/v1/jwt/client/obtain/token")
            {
                TokenCalls++;
                return Task.FromResult(Json("""{"access_token":"fake-token","expires_in":60}"""));
            }
            Assert.Equal("Bearer fake-token", request.Headers.Authorization!.ToString());
            return Task.FromResult(Json("""{"reference_id":"1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b","status":"PROCESSING"}"""));
        }

        private static HttpResponseMessage Json(string body) =>
            new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }

    [Fact]
    public async Task Token_is_cached_between_calls()
    {
        var fake = new FakeDollr();
        var services = new ServiceCollection();
        services.AddHttpClient(DollrClient.HttpClientName, c => c.BaseAddress = new Uri("https://api.heydollr.app"))
            .ConfigurePrimaryHttpMessageHandler(() => fake);
        var factory = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        var options = Options.Create(new DollrOptions { ClientId = "test-client", ClientSecret = "test-secret" });
        var tokens = new DollrTokenCache(factory, options, NullLogger<DollrTokenCache>.Instance);
        var client = new DollrClient(factory, tokens, NullLogger<DollrClient>.Instance);

        var first = await client.StatusAsync("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b", CancellationToken.None);
        var second = await client.StatusAsync("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b", CancellationToken.None);

        Assert.Equal("PROCESSING", first.Status);
        Assert.Equal("PROCESSING", second.Status);
        Assert.Equal(1, fake.TokenCalls);
    }
}
