var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHttpClient("dollr", c =>
{
    // ruleid: insecure-transport
    c.BaseAddress = new Uri("http://api.heydollr.app");
    c.Timeout = TimeSpan.FromSeconds(30);
})
.ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
{
    // ruleid: insecure-transport
    ServerCertificateCustomValidationCallback = (_, _, _, _) => true,
});

builder.Services.AddHttpClient("dollr-via-proxy", c =>
{
    // ok: insecure-transport
    c.BaseAddress = new Uri("https://api.heydollr.app");
    c.Timeout = TimeSpan.FromSeconds(30);
})
.ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
{
    // ruleid: insecure-transport
    ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
});

var app = builder.Build();
app.Run();
