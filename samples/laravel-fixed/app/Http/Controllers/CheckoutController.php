<?php

namespace App\Http\Controllers;

use App\Jobs\PollCollectionStatus;
use App\Models\Order;
use App\Models\Payment;
use App\Services\DollrClient;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Str;

class CheckoutController extends Controller
{
    public function __construct(private DollrClient $dollr)
    {
    }

    public function collect(Request $request, Order $order): JsonResponse
    {
        $data = $request->validate([
            'fullname' => 'required|string|max:120',
            'phone' => ['required', 'regex:/^231\d{9}$/'], // E.164 digits without "+"
        ]);
        Log::info('Collect requested', ['order_id' => $order->id]);

        $http = $this->dollr->authed();
        $mmo = $http->get('/v1/predictions/mmo-provider-info', [
            'phone' => $data['phone'],
            'operation_type' => 'COLLECTION',
        ])->throw()->json();

        $account = $http->post('/v1/payment-accounts/create?operation_type=COLLECTION', [
            'account_name' => $data['fullname'].' wallet',
            'provider' => $mmo['gateway_provider'],
            'method' => $mmo['payment_method'],
            'party_id' => $order->dollr_party_id,
            'country_code' => 'LR',
            'insensitive_account_number' => $data['phone'],
        ])->throw()->json();

        $session = $http->post('/v1/sessions/checkout', [
            'source_id' => $order->dollr_order_id,
            'source_type' => 'ORDER',
        ])->throw()->json();

        // reference_id: generated and stored before the execute call
        $payment = Payment::create([
            'order_id' => $order->id,
            'reference_id' => (string) Str::uuid(),
            'status' => 'PENDING',
        ]);

        $execution = $http->post('/v1/executions/collection', [
            'session_id' => (string) $session['id'],
            'payment_account_id' => (string) $account['id'],
            'currency' => 'USD',
            'reference_id' => $payment->reference_id,
        ])->throw()->json();
        Log::info('Dollr collection submitted', ['reference_id' => $payment->reference_id, 'status' => $execution['status']]);

        $payment->update(['status' => $execution['status']]);
        PollCollectionStatus::dispatch($payment->reference_id)->delay(now()->addSeconds(5));

        return response()->json(['status' => $payment->status, 'reference_id' => $payment->reference_id], 202);
    }

    public function status(string $referenceId): JsonResponse
    {
        $payment = Payment::where('reference_id', $referenceId)->firstOrFail();

        return response()->json(['status' => $payment->status, 'reference_id' => $payment->reference_id]);
    }
}
