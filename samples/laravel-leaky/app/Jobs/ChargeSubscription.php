<?php

namespace App\Jobs;

use App\Models\Payment;
use App\Services\DollrClient;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Str;

/**
 * Monthly membership fee, collected from the member's saved MoMo account.
 */
class ChargeSubscription implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 5;

    public function __construct(public int $subscriptionId, public string $sessionId, public string $accountId)
    {
    }

    public function handle(DollrClient $dollr): void
    {
        $referenceId = (string) Str::uuid();
        Payment::create(['subscription_id' => $this->subscriptionId, 'reference_id' => $referenceId, 'status' => 'PENDING']);

        $execution = $dollr->authed()->retry(3, 500)->post('/v1/executions/collection', [
            'session_id' => $this->sessionId,
            'payment_account_id' => $this->accountId,
            'currency' => 'USD',
            'reference_id' => $referenceId,
        ])->throw()->json();

        if ($execution['status'] === 'PROCESSING') {
            Payment::where('reference_id', $referenceId)->update(['status' => 'FAILED']);
            $this->fail(new \RuntimeException('Collection did not complete'));
        }
    }
}
