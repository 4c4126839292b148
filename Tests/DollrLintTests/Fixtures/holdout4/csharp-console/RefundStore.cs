using Npgsql;

namespace HarbelRefunds;

public sealed class RefundStore(string connectionString)
{
    public async Task SaveAsync(long paymentIntentId, string referenceId)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("INSERT INTO refunds (payment_intent_id, reference_id, status) VALUES ($1, $2, 'PENDING')", conn);
        cmd.Parameters.AddWithValue(paymentIntentId);
        cmd.Parameters.AddWithValue(referenceId);
        await cmd.ExecuteNonQueryAsync();
    }
}
