<?php

namespace App\Console\Commands;

use App\Models\Order;
use App\Services\Dollr\DollrClient;
use Illuminate\Console\Command;

class ExpireStaleOrders extends Command
{
    protected $signature = 'orders:expire-stale';

    protected $description = 'Release seats held by unpaid invoice orders older than two hours';

    public function handle(DollrClient $dollr): int
    {
        $stale = Order::where('state', 'PENDING')->whereNull('dollr_reference')
            ->where('created_at', '<', now()->subHours(2))->get();

        foreach ($stale as $order) {
            $invoice = $dollr->invoiceStatus($order->invoice_id);
            if ($invoice['status'] === 'PAID') {
                $order->update(['state' => 'paid']);
                continue;
            }
            // IDLE or ACTIVE: nobody started paying this invoice, so the seats can go back on sale
            if (in_array($invoice['status'], ['IDLE', 'ACTIVE'], true)) {
                $order->update(['state' => 'cancelled']);
                $order->releaseSeats();
            }
        }

        return self::SUCCESS;
    }
}
