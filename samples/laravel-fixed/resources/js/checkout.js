// Checkout widget: shows the payment status while the customer approves the MoMo prompt.
// The browser never talks to Dollr: /v1/jwt/client/obtain/token needs the client
// secret, and only the Laravel app has it. We poll our own API instead.
import axios from "axios";

async function pollStatus(referenceId, onUpdate) {
  let delay = 3000;
  for (let attempt = 0; attempt < 20; attempt++) {
    const { data } = await axios.get(`/api/payments/${referenceId}`, { timeout: 10000 });
    onUpdate(data.status);
    if (data.status === "COMPLETED" || data.status === "FAILED") return data.status;
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 60000);
  }
  return "PROCESSING";
}

document.querySelector("#momo-form")?.addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const { data } = await axios.post(
    `/api/orders/${form.get("order_id")}/collect`,
    { fullname: form.get("fullname"), phone: form.get("phone") },
    { timeout: 30000 },
  );
  const label = document.querySelector("#payment-status");
  await pollStatus(data.reference_id, (status) => {
    label.textContent = status;
  });
});
