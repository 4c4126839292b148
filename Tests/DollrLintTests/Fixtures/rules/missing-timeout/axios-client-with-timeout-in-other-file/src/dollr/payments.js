import { dollrHttp } from "./http";

export async function collect(body, headers) {
  // ok: missing-timeout
  const { data } = await dollrHttp.post("/v1/executions/collection", body, { headers });
  return data;
}

export async function collectionStatus(referenceId, headers) {
  // ok: missing-timeout
  const { data } = await dollrHttp.get(`/v1/status/collection/${referenceId}`, { headers });
  return data;
}
