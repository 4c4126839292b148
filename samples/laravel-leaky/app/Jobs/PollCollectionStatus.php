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
 * Polls GET /v1/status/collection/{reference_id} until the collection settles.
 * MoMo can stay PROCESSING for minutes: back off, never re-execute.
 */
class PollCollectionStatus implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 20;

    public function __construct(public string $referenceId)
    {
    }

    public function handle(DollrClient $dollr): void
    {
        $status = $dollr->authed()
            ->get("/v1/status/collection/{$this->referenceId}")
            ->throw()
            ->json('status');

        Payment::where('reference_id', $this->referenceId)->update(['status' => $status]);

        if (! in_array($status, ['COMPLETED', 'FAILED'], true)) {
            // 5s, 10s, 20s, ... capped at 5 minutes
            $this->release(min(5 * 2 ** ($this->attempts() - 1), 300));
        }
    }
}
