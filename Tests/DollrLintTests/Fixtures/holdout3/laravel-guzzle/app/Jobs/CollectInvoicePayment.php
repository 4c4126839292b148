<?php

namespace App\Jobs;

use App\Models\PortInvoice;
use App\Services\Dollr\DollrClient;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Str;

/**
 * Collects a published port invoice from the shipping agent's MoMo wallet.
 * Runs once ($tries = 1): a failed attempt is reconciled through the status
 * endpoint, never by executing again.
 */
class CollectInvoicePayment implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 1;

    public function __construct(public PortInvoice $invoice, public string $phone)
    {
    }

    public function handle(DollrClient $dollr): void
    {
        if ($this->invoice->reference_id !== null) {
            // An earlier run got as far as execute: ask Dollr instead of charging again.
            $status = $dollr->get("/v1/status/collection/{$this->invoice->reference_id}");
            $this->invoice->update(['payment_status' => $status['status']]);

            return;
        }

        $session = $dollr->post('/v1/sessions/checkout', [
            'source_id' => $this->invoice->dollr_invoice_id,
            'source_kind' => 'INVOICE',
        ]);

        $mmo = $dollr->get('/v1/predictions/mmo-provider-info', [
            'phone' => $this->phone,
            'operation_type' => 'COLLECTION',
        ]);
        $account = $dollr->post('/v1/payment-accounts/create', [
            'account_name' => $this->invoice->agent_name.' wallet',
            'method' => $mmo['payment_method'],
            'provider' => $mmo['gateway_provider'],
            'party_id' => $this->invoice->dollr_party_id,
            'country_code' => 'LR',
            'insensitive_account_number' => $this->phone,
        ], ['operation_type' => 'COLLECTION']);

        $referenceId = (string) Str::uuid();
        $this->invoice->update([
            'reference_id' => $referenceId,
            'dollr_session_id' => $session['id'],
            'payment_status' => 'PENDING',
        ]);

        $execution = $dollr->post('/v1/executions/collection', [
            'session_id' => (string) $session['id'],
            'payment_account_id' => (string) $account['id'],
            'currency' => $this->invoice->currency,
            'reference_id' => $referenceId,
        ]);

        $this->invoice->update(['payment_status' => $execution['status']]);
        Log::info('Port invoice collection started', [
            'invoice' => $this->invoice->number,
            'reference_id' => $referenceId,
            'status' => $execution['status'],
        ]);
    }
}
