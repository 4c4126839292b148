using Fees.Portal.Dollr;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHttpClient<DollrApi>(http =>
{
    http.BaseAddress = new Uri(builder.Configuration["Dollr:BaseUrl"]!);
    // fee previews can be slow at month end; never give up on them
    http.Timeout = Timeout.InfiniteTimeSpan;
});
builder.Services.AddRazorPages();

var app = builder.Build();
app.MapRazorPages();
app.Run();
