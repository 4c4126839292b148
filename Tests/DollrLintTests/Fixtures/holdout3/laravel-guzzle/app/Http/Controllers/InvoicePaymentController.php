<?php

namespace App\Http\Controllers;

use App\Jobs\CollectInvoicePayment;
use App\Models\PortInvoice;
use App\Services\Dollr\DollrClient;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class InvoicePaymentController extends Controller
{
    /** POST /api/v1/invoices/{invoice}/publish  (our API, used by the billing clerks) */
    public function publish(PortInvoice $invoice, DollrClient $dollr): JsonResponse
    {
        $created = $dollr->post('/v1/invoices/create', [
            'counterparty_id' => $invoice->agent->dollr_counterparty_id,
            'currency' => 'US$',
            'note' => "Port dues, vessel {$invoice->vessel_name}",
            'fee_bearer' => 'PAYER',
            'as_payment_link' => false,
        ]);
        foreach ($invoice->lines as $line) {
            $dollr->post("/v1/invoices/{$created['id']}/items/add", [
                'name' => $line->description,
                'currency' => $line->currency,
                'qty' => $line->quantity,
                'amount' => (float) $line->unit_price,
            ]);
        }
        $dollr->put("/v1/invoices/publish/{$created['id']}");
        $invoice->update(['dollr_invoice_id' => $created['id']]);
        Log::info('Port invoice published on Dollr', ['invoice' => $invoice->number, 'dollr_invoice_id' => $created['id']]);

        return response()->json(['dollr_invoice_id' => $created['id']]);
    }

    /** POST /api/v1/invoices/{invoice}/pay  { phone } */
    public function pay(Request $request, PortInvoice $invoice): JsonResponse
    {
        $data = $request->validate(['phone' => ['required', 'regex:/^231\d{7,9}$/']]);
        CollectInvoicePayment::dispatch($invoice, $data['phone']);

        return response()->json(['queued' => true], 202);
    }

    /** GET /api/v1/invoices/{invoice}/realtime-key: Dollr's Supabase Realtime key, made for the browser */
    public function realtimeKey(PortInvoice $invoice, DollrClient $dollr): JsonResponse
    {
        $key = $dollr->post('/v1/realtime-keys/collection', [
            'session_id' => (int) $invoice->dollr_session_id,
            'source_type' => 'INVOICE',
            'reference_id' => $invoice->reference_id,
        ]);

        return response()->json(['realtime_token' => $key['access_token'], 'expires_in_seconds' => $key['expires_in']]);
    }

    /** GET /portal/session: the portal's own CSRF token for its form posts */
    public function session(): JsonResponse
    {
        return response()->json(['csrf_token' => csrf_token()]);
    }
}
