<?php

namespace App\Console\Commands;

use App\Services\Dollr\DollrClient;
use Illuminate\Console\Command;

class DollrSmoke extends Command
{
    protected $signature = 'dollr:smoke {invoice : Id of a published Dollr invoice to collect}';

    protected $description = 'Check the Dollr credentials and collect a test invoice from the smoke wallet';

    public function handle(DollrClient $dollr): int
    {
        $this->line('Token: '.DollrClient::mask($dollr->accessToken()));

        $merchant = $dollr->get('/v1/merchants/me');
        $this->info("Merchant: {$merchant['name']}");

        $session = $dollr->post('/v1/sessions/checkout', [
            'source_id' => (int) $this->argument('invoice'),
            'source_type' => 'INVOICE',
        ]);
        $execution = $dollr->post('/v1/executions/collection', [
            'session_id' => (string) $session['id'],
            'payment_account_id' => (string) config('dollr.smoke_account_id'),
            'currency' => 'USD',
            'reference_id' => 'artisan-smoke-0001',
        ]);
        $this->info("Smoke collection {$execution['reference_id']}: {$execution['status']}");

        return self::SUCCESS;
    }
}
