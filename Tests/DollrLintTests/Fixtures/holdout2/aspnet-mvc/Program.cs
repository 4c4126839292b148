using Microsoft.EntityFrameworkCore;
using Paynesville.Web.Data;
using Paynesville.Web.Services;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllersWithViews();
builder.Services.AddDbContext<PharmacyDb>(o => o.UseSqlServer(builder.Configuration.GetConnectionString("Pharmacy")));
builder.Services.AddMemoryCache();
builder.Services.Configure<DollrOptions>(builder.Configuration.GetSection("Dollr"));

// Named client for Dollr: base address and timeout from configuration; default TLS validation.
builder.Services.AddHttpClient(DollrClient.HttpClientName, (sp, http) =>
{
    var dollr = builder.Configuration.GetSection("Dollr");
    http.BaseAddress = new Uri(dollr["BaseUrl"] ?? "https://api.heydollr.app");
    http.Timeout = TimeSpan.FromSeconds(dollr.GetValue("TimeoutSeconds", 20));
});

// Stock levels come from the back-office inventory box on the pharmacy LAN (self-signed certificate).
builder.Services.AddHttpClient("inventory", http =>
{
    http.BaseAddress = new Uri(builder.Configuration["Inventory:BaseUrl"] ?? "https://inventory.pharmacy.local");
    http.Timeout = TimeSpan.FromSeconds(5);
}).ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
{
    ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
});

builder.Services.AddSingleton<DollrTokenCache>();
builder.Services.AddScoped<DollrClient>();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Home/Error");
    app.UseHsts();
}

app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthorization();

app.MapControllerRoute(name: "default", pattern: "{controller=Home}/{action=Index}/{id?}");

app.Run();

public partial class Program;
