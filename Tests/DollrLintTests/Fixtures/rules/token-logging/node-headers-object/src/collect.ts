import { getToken } from "./token";

const BASE = "https://api.heydollr.app";

export async function collect(body: Record<string, unknown>) {
  const token = await getToken();
  const headers = {
    Authorization: `Bearer ${token}`,
    "Content-Type": "application/json",
  };
  // ruleid: token-logging
  console.log("Calling Dollr with headers", headers);
  // ok: token-logging
  console.log("Content-Type:", headers["Content-Type"]);
  // ok: token-logging
  console.log("header names:", Object.keys(headers));
  const res = await fetch(`${BASE}/v1/executions/collection`, { method: "POST", headers, body: JSON.stringify(body) });
  // ok: token-logging
  console.log("Dollr responded", res.status, res.headers.get("content-type"));
  return res.json();
}
