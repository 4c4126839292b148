using ClinicBilling.Billing;
using ClinicBilling.Dollr;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<DollrOptions>(builder.Configuration.GetSection("Dollr"));

builder.Services.AddHttpClient("dollr-auth", (sp, c) =>
{
    var o = sp.GetRequiredService<IOptions<DollrOptions>>().Value;
    c.BaseAddress = new Uri(o.BaseUrl.TrimEnd('/') + "/");
    c.Timeout = TimeSpan.FromSeconds(15);
});
builder.Services.AddSingleton<DollrTokenCache>();

builder.Services.AddHttpClient<DollrClient>((sp, c) =>
{
    var o = sp.GetRequiredService<IOptions<DollrOptions>>().Value;
    c.BaseAddress = new Uri(o.BaseUrl.TrimEnd('/') + "/");
    c.Timeout = TimeSpan.FromSeconds(25);
});

builder.Services.AddDbContext<ClinicDb>();
builder.Services.AddScoped<BillingService>();
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.Run();
