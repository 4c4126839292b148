import { useState } from "react";
import { payByCard } from "../lib/dollrCheckout";

export default function CardForm() {
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
    payByCard(form);
  }

  return <form onSubmit={submit}>{/* inputs */}</form>;
}

function detectBrand(n) {
  return n.startsWith("4") ? "visa" : "other";
}
