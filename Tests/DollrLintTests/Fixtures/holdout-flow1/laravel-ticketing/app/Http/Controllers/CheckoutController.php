<?php

namespace App\Http\Controllers;

use App\Jobs\SyncPaymentStatus;
use App\Models\Order;
use App\Services\Dollr\DollrClient;
use Illuminate\Http\Request;
use Illuminate\Support\Str;

class CheckoutController extends Controller
{
    public function pay(Request $request, Order $order, DollrClient $dollr)
    {
        $session = $dollr->checkoutSession($order->invoice_id);
        $reference = (string) Str::uuid();
        $order->update(['dollr_session_id' => $session['id'], 'dollr_reference' => $reference]);

        $result = $dollr->collect((string) $session['id'], (string) $request->input('account_id'), $reference);
        SyncPaymentStatus::dispatch($order)->delay(now()->addSeconds(10));

        return view('checkout.waiting', ['order' => $order, 'state' => $result['status']]);
    }
}
