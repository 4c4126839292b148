public class SettlementService
{
    private readonly DollrClient _dollr;
    private readonly Orders _orders;

    public SettlementService(DollrClient dollr, Orders orders)
    {
        _dollr = dollr;
        _orders = orders;
    }

    public async Task SettleAsync(Order order)
    {
        var execution = await _dollr.GetStatusAsync("collection", order.ReferenceId);
        switch (execution.Status)
        {
            case "COMPLETED":
                await _orders.MarkPaidAsync(order.Id);
                break;
            // ruleid: processing-treated-as-failure
            case "PENDING":
            case "PROCESSING":
                await _orders.CancelAsync(order.Id, "payment did not complete");
                break;
            // ok: processing-treated-as-failure
            case "FAILED":
                await _orders.CancelAsync(order.Id, "payment failed");
                break;
        }
    }
}
