<?php

namespace CornerShop\Dollr;

final class Payments
{
    public function __construct(private Client $dollr, private \PDO $db)
    {
    }

    /** The cashier terminal executes the collection itself; the shop only opens the session. */
    public function openSession(int $orderId, int $dollrOrderId): array
    {
        $session = $this->dollr->request('POST', '/v1/sessions/checkout', ['json' => [
            'source_type' => 'ORDER',
            'source_id' => $dollrOrderId,
        ]]);
        $this->db->prepare('UPDATE orders SET dollr_session = ? WHERE id = ?')->execute([$session['id'], $orderId]);

        return $session;
    }

    public function status(string $referenceId): string
    {
        return $this->dollr->request('GET', sprintf('/v1/status/collection/%s', $referenceId))['status'];
    }
}
