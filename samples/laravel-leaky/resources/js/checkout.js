// Checkout widget: shows the payment status while the customer approves the MoMo prompt.
import axios from "axios";

const DOLLR_API = "https://api.heydollr.app";

async function dollrToken() {
  const { data } = await axios.post(
    `${DOLLR_API}/v1/jwt/client/obtain/token`,
    {
      client_id: import.meta.env.VITE_DOLLR_CLIENT_ID,
      client_secret: import.meta.env.VITE_DOLLR_CLIENT_SECRET,
    },
    { timeout: 10000 },
  );
  return data.access_token;
}

async function pollStatus(referenceId, onUpdate) {
  const token = await dollrToken();
  let delay = 3000;
  for (let attempt = 0; attempt < 20; attempt++) {
    const { data } = await axios.get(`${DOLLR_API}/v1/status/collection/${referenceId}`, {
      headers: { Authorization: `Bearer ${token}` },
      timeout: 10000,
    });
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
