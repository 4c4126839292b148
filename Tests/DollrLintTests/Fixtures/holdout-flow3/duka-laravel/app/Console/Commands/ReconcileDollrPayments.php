<?php

namespace App\Console\Commands;

use App\Models\Payment;
use App\Services\Dollr\DollrClient;
use Illuminate\Console\Command;

class ReconcileDollrPayments extends Command
{
    protected $signature = 'dollr:reconcile {--limit=200}';

    protected $description = 'Sync pending Dollr MoMo payments with the Dollr status API (scheduled every 5 minutes)';

    public function handle(DollrClient $dollr): int
    {
        Payment::query()
            ->where('provider', 'dollr')
            ->whereIn('status', ['PENDING', 'PROCESSING'])
            ->where('created_at', '>=', now()->subDay())
            ->limit((int) $this->option('limit'))
            ->get()
            ->each(function (Payment $payment) use ($dollr) {
                $result = $dollr->status('collection', $payment->reference);
                if ($result === null) {
                    $this->warn("No Dollr record for {$payment->reference}");

                    return;
                }

                $status = $result['status'];
                if ($status === 'COMPLETED') {
                    $payment->markPaid();
                } elseif ($status === 'PROCESSING' || $status === 'FAILED') {
                    $payment->markFailed($result['gateway_message'] ?? 'Dollr: '.$status);
                    $payment->order->releaseStock();
                }
            });

        return self::SUCCESS;
    }
}
