<?php

namespace App\Jobs;

use App\Models\Order;
use App\Notifications\PaymentFailed;
use App\Services\Dollr\DollrClient;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;

class SyncPaymentStatus implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    public function __construct(public Order $order)
    {
    }

    public function handle(DollrClient $dollr): void
    {
        $status = $dollr->collectionStatus($this->order->dollr_reference);

        if ($status['status'] === 'COMPLETED') {
            $this->order->update(['state' => 'paid']);
            $this->order->issueTickets();
            return;
        }

        if ($status['status'] !== 'COMPLETED') {
            $this->order->update(['state' => 'failed']);
            $this->order->releaseSeats();
            $this->order->buyer->notify(new PaymentFailed($this->order));
        }
    }
}
