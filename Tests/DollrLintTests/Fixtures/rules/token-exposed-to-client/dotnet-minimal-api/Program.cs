using Shop.Dollr;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<DollrClient>();
var app = builder.Build();

app.MapGet("/api/dollr/token", async (DollrClient dollr) =>
{
    var token = await dollr.GetAccessTokenAsync();
    // ruleid: token-exposed-to-client
    return Results.Ok(new { accessToken = token });
});

app.MapPost("/api/pay", async (DollrClient dollr, PayRequest req) =>
{
    var referenceId = Guid.NewGuid().ToString();
    var execution = await dollr.CollectAsync(req, referenceId);
    // ok: token-exposed-to-client
    return Results.Ok(new { status = execution.Status, reference_id = referenceId });
});

app.Run();

record PayRequest(string SessionId, string PaymentAccountId, string Currency);
