using System.Net.Http.Json;

namespace Shop.Payments;

public record Execution(string status, string reference_id, bool requires_action, string? client_secret);
public record Payer(string FullName, string Phone, string Email);

public sealed class CollectionService(HttpClient dollr, ILogger<CollectionService> _logger)
{
    public async Task<Execution> CollectAsync(Payer payer, object body, string referenceId)
    {
        // ruleid: sensitive-data-logging
        _logger.LogInformation("Collecting from {@Payer}", payer);
        // ok: sensitive-data-logging
        _logger.LogInformation("Collecting {ReferenceId}", referenceId);
        var res = await dollr.PostAsJsonAsync("/v1/executions/collection", body);
        var execution = (await res.Content.ReadFromJsonAsync<Execution>())!;
        // ruleid: sensitive-data-logging
        _logger.LogInformation("Execution result {@Execution}", execution);
        // ok: sensitive-data-logging
        _logger.LogInformation("Execution {ReferenceId} is {Status}", referenceId, execution.status);
        return execution;
    }
}
