<?php

namespace App\Http\Controllers;

use App\Models\Order;
use App\Services\Dollr\DollrClient;
use Illuminate\Http\Request;
use Illuminate\Support\Str;

class CheckoutController extends Controller
{
    public function __construct(private DollrClient $dollr)
    {
    }

    public function payWithMomo(Request $request, Order $order)
    {
        $data = $request->validate([
            'phone' => 'required|string',
            'network' => 'required|in:mtn,orange',
        ]);
        $msisdn = ltrim(preg_replace('/\s+/', '', $data['phone']), '+');
        $customer = $order->customer;

        $dollrOrder = $this->dollr->createOrder([
            'counterparty_id' => $customer->dollr_counterparty_id,
            'currency' => 'USD',
            'note' => 'Duka order '.$order->number,
            'fee_bearer' => 'PAYER',
        ]);
        foreach ($order->items as $item) {
            $this->dollr->addOrderItem($dollrOrder['id'], [
                'name' => $item->name,
                'currency' => 'USD',
                'qty' => $item->qty,
                'amount' => (float) $item->price,
            ]);
        }
        $this->dollr->publishOrder($dollrOrder['id']);

        $account = $this->dollr->createPaymentAccount([
            'account_name' => $customer->name.' MoMo',
            'method' => $data['network'] === 'orange' ? 'ORANGE_MONEY_LBR' : 'MTN_MOMO_LBR',
            'provider' => 'PAWAPAY',
            'party_id' => $customer->dollr_party_id,
            'country_code' => 'LR',
            'insensitive_account_number' => $msisdn,
        ]);
        $session = $this->dollr->createCheckoutSession($dollrOrder['id'], 'ORDER');

        $execution = $this->dollr->execute('collection', [
            'session_id' => (string) $session['id'],
            'payment_account_id' => (string) $account['id'],
            'currency' => 'USD',
            'reference_id' => (string) Str::uuid(),
        ]);

        $order->payments()->create([
            'provider' => 'dollr',
            'reference' => $execution['reference_id'],
            'status' => $execution['status'],
        ]);

        return redirect()->route('orders.show', $order)->with('status', 'Approve the payment on your phone.');
    }
}
