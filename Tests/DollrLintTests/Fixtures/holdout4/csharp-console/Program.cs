// Harbel Rubber Estate store: refunds and customer registration from the back office.
// Usage: dotnet run -- refund <paymentIntentId> <amount>
//        dotnet run -- register "<full name>"
//        dotnet run -- smoke
using HarbelRefunds;
using Microsoft.Extensions.Configuration;

var config = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: false)
    .AddUserSecrets<Program>()
    .AddEnvironmentVariables()
    .Build();

var dollr = new DollrClient(
    config["Dollr:BaseUrl"]!,
    config["Dollr:ClientId"]!,
    config["Dollr:ClientSecret"]!,
    int.Parse(config["Dollr:TimeoutSeconds"] ?? "20"));

var store = new RefundStore(config.GetConnectionString("Refunds")!);

switch (args.FirstOrDefault())
{
    case "refund":
    {
        var paymentIntentId = long.Parse(args[1]);
        var amount = decimal.Parse(args[2]);
        var session = await dollr.PostAsync<IdResponse>("/v1/sessions/refund", new
        {
            original_payment_intent_id = paymentIntentId,
            amount,
            expires_at = DateTimeOffset.UtcNow.AddMinutes(30).ToString("O"),
            reason = "Returned goods",
        });
        // The reference is written to the refunds table before the execute call.
        var referenceId = Guid.NewGuid().ToString();
        await store.SaveAsync(paymentIntentId, referenceId);
        var execution = await dollr.PostAsync<ExecutionResponse>("/v1/executions/refund", new
        {
            session_id = session.Id.ToString(),
            reference_id = referenceId,
        });
        Console.WriteLine($"refund {execution.ReferenceId}: {execution.Status}");
        break;
    }
    case "register":
    {
        var party = await dollr.PostAsync<IdResponse>("/v1/parties/create", new
        {
            fullname = args[1],
            phone = "+231 77 012 3456",
            country_code = "LR",
        });
        Console.WriteLine($"party {party.Id} created");
        break;
    }
    case "smoke":
    {
        var session = await dollr.PostAsync<IdResponse>("/v1/sessions/refund", new
        {
            original_payment_intent_id = long.Parse(config["Smoke:PaymentIntentId"]!),
            amount = 0.01m,
            expires_at = DateTimeOffset.UtcNow.AddMinutes(10).ToString("O"),
        });
        var execution = await dollr.PostAsync<ExecutionResponse>("/v1/executions/refund", new
        {
            session_id = session.Id.ToString(),
            reference_id = "SMOKE-REFUND-0001",
        });
        Console.WriteLine($"smoke refund: {execution.Status}");
        break;
    }
    default:
        Console.WriteLine("usage: refund <paymentIntentId> <amount> | register <name> | smoke");
        break;
}
