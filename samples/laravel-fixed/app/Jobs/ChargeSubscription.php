<?php

namespace App\Jobs;

use App\Models\Payment;
use App\Services\DollrClient;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;

/**
 * Monthly membership fee, collected from the member's saved MoMo account.
 *
 * The Payment row and its reference_id are created when the job is dispatched, so every attempt sends the same
 * reference_id; a retried attempt first asks Dollr whether the previous one landed
 * (https://docs.heydollr.app/guides/error-handling).
 */
class ChargeSubscription implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 5;

    public function __construct(public Payment $payment, public string $sessionId, public string $accountId)
    {
    }

    public function handle(DollrClient $dollr): void
    {
        $referenceId = $this->payment->reference_id;
        if ($this->attempts() > 1) {
            $status = $dollr->authed()->get("/v1/status/collection/{$referenceId}")->json('status');
            if (in_array($status, ['COMPLETED', 'PROCESSING'], true)) {
                $this->payment->update(['status' => $status]);
                PollCollectionStatus::dispatch($referenceId)->delay(now()->addSeconds(5));
                return;
            }
        }

        $execution = $dollr->authed()->post('/v1/executions/collection', [
            'session_id' => $this->sessionId,
            'payment_account_id' => $this->accountId,
            'currency' => 'USD',
            'reference_id' => $referenceId,
        ])->throw()->json();

        $this->payment->update(['status' => $execution['status']]);
        if ($execution['status'] !== 'FAILED') {
            // PENDING or PROCESSING: the member approves on the phone; the poller settles it.
            PollCollectionStatus::dispatch($referenceId)->delay(now()->addSeconds(5));
        }
    }
}
