using Soko.Marketplace.Dollr;
using Soko.Marketplace.Payments;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHttpClient<DollrClient>(client =>
{
    client.BaseAddress = new Uri(builder.Configuration["Dollr:BaseUrl"] ?? "https://api.heydollr.app/");
    client.Timeout = TimeSpan.FromSeconds(30);
});
builder.Services.AddScoped<CheckoutService>();
builder.Services.AddHostedService<StalePaymentSweeper>();

var app = builder.Build();
app.MapPost("/orders/{id:long}/pay", async (long id, string accountId, CheckoutService checkout) =>
    Results.Ok(await checkout.PayAsync(id, accountId)));
app.Run();
