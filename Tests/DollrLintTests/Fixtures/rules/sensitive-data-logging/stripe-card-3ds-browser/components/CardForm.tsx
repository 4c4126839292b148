"use client";

import { CardNumberElement, useElements, useStripe } from "@stripe/react-stripe-js";

export function CardForm({ orderId, accountName }: { orderId: string; accountName: string }) {
  const stripe = useStripe();
  const elements = useElements();

  async function onSubmit() {
    const { paymentMethod, error } = await stripe!.createPaymentMethod({
      type: "card",
      card: elements!.getElement(CardNumberElement)!,
      billing_details: { name: accountName },
    });
    if (error) throw error;
    // ok: sensitive-data-logging
    console.log("payment method created", paymentMethod.id);

    const execution = await fetch(`/api/orders/${orderId}/collect`, {
      method: "POST",
      body: JSON.stringify({ paymentMethodId: paymentMethod.id }),
    }).then((r) => r.json());

    // ok: sensitive-data-logging
    console.log("requires_action:", execution.requires_action, "status:", execution.status);
    if (execution.requires_action && execution.client_secret) {
      // ruleid: sensitive-data-logging
      console.log("3DS client_secret", execution.client_secret);
      // ok: sensitive-data-logging
      const { error: threeDsError } = await stripe!.confirmCardPayment(execution.client_secret);
      // ok: sensitive-data-logging
      if (threeDsError) console.error("3DS failed:", threeDsError.message);
    }
    // ruleid: sensitive-data-logging
    console.debug("execution", execution);
  }

  return <form action={onSubmit}><CardNumberElement /><button>Pay</button></form>;
}
