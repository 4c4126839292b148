var builder = WebApplication.CreateBuilder(args);

// ok: hardcoded-secret
var clientSecret = builder.Configuration["Dollr:ClientSecret"];
// ruleid: hardcoded-secret
var fallbackSecret = Environment.GetEnvironmentVariable("DOLLR_CLIENT_SECRET") ?? "P9rNzw3CamVKOYnqvRD9QchyhoJLZ5nw";
// ok: hardcoded-secret
var strictSecret = Environment.GetEnvironmentVariable("DOLLR_CLIENT_SECRET") ?? throw new InvalidOperationException("DOLLR_CLIENT_SECRET missing");

var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.Run();
