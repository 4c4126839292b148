import { useState } from "react";

export default function CardForm({ onToken }) {
  const [form, setForm] = useState({ cardNumber: "", expiry: "", cvc: "", name: "" });

  function submit(e) {
    e.preventDefault();
    // ruleid: sensitive-data-logging
    console.log("card", form.cardNumber, form.expiry, form.cvc);
    // ruleid: sensitive-data-logging
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
