<?php

namespace App\Http\Controllers;

use App\Models\Order;
use App\Services\Dollr\DollrClient;
use Illuminate\Http\Request;
use Illuminate\Support\Str;

/** Walk-up sales at the venue: the cashier enters the buyer's wallet and charges at once. */
class BoxOfficeController extends Controller
{
    public function charge(Request $request, Order $order, DollrClient $dollr)
    {
        $session = $dollr->checkoutSession($order->invoice_id);
        $result = $dollr->collect((string) $session['id'], (string) $request->input('account_id'), (string) Str::uuid());
        $order->update(['dollr_session_id' => $session['id'], 'dollr_reference' => $result['reference_id']]);

        return response()->json(['state' => $result['status']]);
    }
}
