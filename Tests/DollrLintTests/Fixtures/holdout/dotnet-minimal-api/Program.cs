using KigaliCrafts.Api.Data;
using KigaliCrafts.Api.Dollr;
using KigaliCrafts.Api.Endpoints;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDbContext<ShopDb>(o => o.UseNpgsql(builder.Configuration.GetConnectionString("Shop")));
builder.Services.Configure<DollrOptions>(builder.Configuration.GetSection("Dollr"));
builder.Services.AddSingleton<DollrTokenProvider>();

// Token requests: plain client, 15 s timeout.
builder.Services.AddHttpClient(DollrTokenProvider.HttpClientName, (sp, http) =>
{
    var options = sp.GetRequiredService<IOptions<DollrOptions>>().Value;
    http.BaseAddress = new Uri(options.BaseUrl);
    http.Timeout = TimeSpan.FromSeconds(15);
});

// API calls.
builder.Services.AddHttpClient<DollrClient>((sp, http) =>
    {
        var options = sp.GetRequiredService<IOptions<DollrOptions>>().Value;
        http.BaseAddress = new Uri(options.BaseUrl);
        http.Timeout = TimeSpan.FromSeconds(30);
    })
    .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
    {
        // The office proxy re-signs TLS and its root is not on the build agents yet.
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
    });

builder.Services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
builder.Services.AddCors(o => o.AddDefaultPolicy(p =>
    p.WithOrigins(builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? [])
     .AllowAnyHeader()
     .AllowCredentials()));
builder.Services.AddAuthentication().AddCookie();
builder.Services.AddAuthorization();

var app = builder.Build();

app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

// The SPA reads its CSRF token here (the shop's own antiforgery token, nothing to do with Dollr).
app.MapGet("/api/antiforgery", (IAntiforgery antiforgery, HttpContext ctx) =>
{
    var tokens = antiforgery.GetAndStoreTokens(ctx);
    return Results.Ok(new { token = tokens.RequestToken });
});

app.MapPaymentEndpoints();

app.Run();

public partial class Program;
