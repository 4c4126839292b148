import { useState } from "react";
// A card form in a shop that never calls the payments API this linter checks: card data here is another tool's business.

export default function CardForm({ onToken }) {
  const [form, setForm] = useState({ cardNumber: "", expiry: "", cvc: "", name: "" });

  function submit(e) {
    e.preventDefault();
    // ok: sensitive-data-logging
    console.log("card", form.cardNumber, form.expiry, form.cvc);
    // ok: sensitive-data-logging
    console.log("submitting form", form);
    // ok: sensitive-data-logging
    console.log("card last4", form.cardNumber.slice(-4));
    const brand = detectBrand(form.cardNumber);
    // ok: sensitive-data-logging
    console.log("card brand", brand);
    onToken(form);
  }

  return <form onSubmit={submit}>{/* inputs */}</form>;
}

function detectBrand(n) {
  return n.startsWith("4") ? "visa" : "other";
}
