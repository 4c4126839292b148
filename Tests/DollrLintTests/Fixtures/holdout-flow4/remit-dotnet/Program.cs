using Remit.Data;
using Remit.Payments;
using Remit.StripeCards;
using Remit.Workers;

var builder = WebApplication.CreateBuilder(args);
var dollrOpts = builder.Configuration.GetSection("Dollr").Get<DollrOptions>() ?? new DollrOptions();
dollrOpts.ClientId = Environment.GetEnvironmentVariable("DOLLR_CLIENT_ID") ?? dollrOpts.ClientId;
dollrOpts.ClientSecret = Environment.GetEnvironmentVariable("DOLLR_CLIENT_SECRET") ?? dollrOpts.ClientSecret;

builder.Services.AddSingleton(dollrOpts);
builder.Services.AddHttpClient<DollrClient>();
builder.Services.AddDbContext<RemitDb>();
builder.Services.AddScoped<PayoutWorker>();
builder.Services.AddScoped<CardTopUps>();
builder.Services.AddHostedService<OpenRemittanceSweeper>(); // calls PayoutWorker.AwaitOutcomeAsync for open rows

var app = builder.Build();

app.MapPost("/remittances/{id:int}/send", async (int id, RemitDb db, PayoutWorker worker, CancellationToken ct) =>
{
    var r = await db.Remittances.FindAsync([id], ct);
    if (r is null) return Results.NotFound();
    var reference = await worker.SendAsync(r, ct);
    return Results.Accepted($"/remittances/{id}", new { reference_id = reference, state = r.State });
});

app.MapGet("/remittances/{id:int}", async (int id, RemitDb db, CancellationToken ct) =>
{
    var r = await db.Remittances.FindAsync([id], ct);
    return r is null ? Results.NotFound() : Results.Ok(new { reference_id = r.ReferenceId, state = r.State });
});

app.MapPost("/topups/card", async (TopUpRequest req, CardTopUps cards) =>
    Results.Ok(new { client_secret = await cards.CreateIntentAsync(req.Cents, req.SenderId) }));

app.Run();

public sealed record TopUpRequest(long Cents, string SenderId);
