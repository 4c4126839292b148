using System.Net.Http.Json;

public class CollectController
{
    private readonly HttpClient _dollr;
    private readonly PaymentStore _store;

    public CollectController(HttpClient dollr, PaymentStore store)
    {
        _dollr = dollr;
        _store = store;
    }

    public async Task<string> CollectAsync(string sessionId, string accountId)
    {
        var response = await _dollr.PostAsJsonAsync("/v1/executions/collection", new
        {
            session_id = sessionId,
            payment_account_id = accountId,
            currency = "USD",
            // ruleid: reference-id-after-execute
            reference_id = Guid.NewGuid().ToString(),
        });
        var execution = await response.Content.ReadFromJsonAsync<Execution>();
        await _store.SaveAsync(execution!.ReferenceId, execution.Status);
        return execution.ReferenceId;
    }
}
