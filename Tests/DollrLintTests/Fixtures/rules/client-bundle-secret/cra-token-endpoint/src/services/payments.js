const DOLLR = "https://api.heydollr.app";

export async function getDollrToken(clientId, clientSecret) {
  // ruleid: client-bundle-secret
  const res = await fetch(DOLLR + "/v1/jwt/client/obtain/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ client_id: clientId, client_secret: clientSecret }),
  });
  return (await res.json()).access_token;
}

export async function donate(amount) {
  // ok: client-bundle-secret
  const res = await fetch("/api/donations", { method: "POST", body: JSON.stringify({ amount }) });
  return res.json();
}
