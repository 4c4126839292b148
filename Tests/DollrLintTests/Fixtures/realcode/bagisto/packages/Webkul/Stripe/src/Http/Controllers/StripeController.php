<?php

namespace Webkul\Stripe\Http\Controllers;

use Illuminate\Http\RedirectResponse;
use Webkul\Checkout\Facades\Cart;
use Webkul\Checkout\Repositories\CartRepository;
use Webkul\Sales\Repositories\InvoiceRepository;
use Webkul\Sales\Repositories\OrderRepository;
use Webkul\Sales\Repositories\OrderTransactionRepository;
use Webkul\Sales\Transformers\OrderResource;
use Webkul\Shop\Http\Controllers\Controller;
use Webkul\Stripe\Payment\Stripe;

class StripeController extends Controller
{
    /**
     * Create a new controller instance.
     *
     * @return void
     */
    public function __construct(
        protected CartRepository $cartRepository,
        protected OrderRepository $orderRepository,
        protected OrderTransactionRepository $orderTransactionRepository,
        protected InvoiceRepository $invoiceRepository,
        protected Stripe $stripe,
    ) {}

    /**
     * Redirects to Stripe checkout.
     *
     * @return RedirectResponse
     */
    public function redirect()
    {
        if (! $this->stripe->hasValidCredentials()) {
            session()->flash('error', trans('stripe::app.response.provide-credentials'));

            return redirect()->route('shop.checkout.cart.index');
        }

        $cart = Cart::getCart();

        if (! $cart) {
            session()->flash('error', trans('stripe::app.response.cart-not-found'));

            return redirect()->route('shop.checkout.cart.index');
        }

        try {
            $checkoutSession = $this->stripe->createCheckoutSession($cart);

            return redirect($checkoutSession->url);
        } catch (\Exception $e) {
            session()->flash('error', trans('stripe::app.response.payment-failed').': '.$e->getMessage());

            return redirect()->route('shop.checkout.cart.index');
        }
    }

    /**
     * Handle payment success callback.
     *
     * @return RedirectResponse
     */
    public function success()
    {
        $sessionId = request()->get('session_id');

        if (! $sessionId) {
            session()->flash('error', trans('stripe::app.response.invalid-session'));

            return redirect()->route('shop.checkout.cart.index');
        }

        try {
            $session = $this->stripe->retrieveCheckoutSession($sessionId);

            if (! $session) {
                session()->flash('error', trans('stripe::app.response.session-invalid'));

                return redirect()->route('shop.checkout.cart.index');
            }

            $cartId = $session->metadata->cart_id ?? null;

            if (! $cartId) {
                session()->flash('error', trans('stripe::app.response.cart-not-found'));

                return redirect()->route('shop.checkout.cart.index');
            }

            $cart = $this->cartRepository->find($cartId);

            if (! $cart || ! $cart->is_active) {
                session()->flash('error', trans('stripe::app.response.cart-processed'));

                return redirect()->route('shop.checkout.cart.index');
            }

            Cart::setCart($cart);

            Cart::collectTotals();

            $cart = Cart::getCart();

            if (! $cart) {
                session()->flash('error', trans('stripe::app.response.cart-processed'));

                return redirect()->route('shop.checkout.cart.index');
            }

            $data = (new OrderResource($cart))->jsonSerialize();

            $data['payment']['additional'] = [
                'stripe_session_id' => $sessionId,
                'stripe_payment_intent_id' => $session->payment_intent,
                'stripe_payment_status' => $session->payment_status,
            ];

            $order = $this->orderRepository->create($data);

            $this->orderRepository->update(['status' => 'processing'], $order->id);

            if ($order->canInvoice()) {
                $invoiceData = [
                    'order_id' => $order->id,
                ];

                foreach ($order->items as $item) {
                    $invoiceData['invoice']['items'][$item->id] = $item->qty_to_invoice;
                }

                $invoice = $this->invoiceRepository->create($invoiceData);

                $this->orderTransactionRepository->create([
                    'transaction_id' => $session->payment_intent,
                    'status' => $session->payment_status,
                    'type' => $order->payment->method,
                    'payment_method' => $order->payment->method,
                    'order_id' => $order->id,
                    'invoice_id' => $invoice->id,
                    'amount' => $order->base_grand_total,
                    'data' => json_encode([
                        'stripe_session_id' => $sessionId,
                        'stripe_payment_intent_id' => $session->payment_intent,
                        'stripe_payment_status' => $session->payment_status,
                    ]),
                ]);
            }

            Cart::deActivateCart();

            session()->flash('order_id', $order->id);

            session()->flash('success', trans('stripe::app.response.payment-success'));

            return redirect()->route('shop.checkout.onepage.success');
        } catch (\Exception $e) {
            session()->flash('error', trans('stripe::app.response.verification-failed').': '.$e->getMessage());

            return redirect()->route('shop.checkout.cart.index');
        }
    }

    /**
     * Handle payment cancellation.
     *
     * @return RedirectResponse
     */
    public function cancel()
    {
        session()->flash('error', trans('stripe::app.response.payment-cancelled'));

        return redirect()->route('shop.checkout.cart.index');
    }
}
