<?php

namespace App\Jobs;

use App\Services\DollrClient;
use Illuminate\Support\Facades\Log;

class CollectPayment
{
    public function __construct(
        private string $phone,
        private string $email,
        private string $referenceId,
        private array $payload,
    ) {}

    public function handle(DollrClient $dollr): void
    {
        // ruleid: sensitive-data-logging
        Log::info('Collecting from payer', ['phone' => $this->phone, 'email' => $this->email]);
        // ok: sensitive-data-logging
        Log::info('Collection started', ['reference_id' => $this->referenceId]);

        $response = $dollr->http()->post('/v1/executions/collection', $this->payload);
        // ruleid: sensitive-data-logging
        Log::debug('Dollr execution response', $response->json());
        // ok: sensitive-data-logging
        Log::info('Dollr execution', ['reference_id' => $this->referenceId, 'status' => $response->json('status')]);
    }
}
