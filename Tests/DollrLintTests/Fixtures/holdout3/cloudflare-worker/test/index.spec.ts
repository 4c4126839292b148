import { env, fetchMock, SELF } from "cloudflare:test";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

beforeAll(() => {
  fetchMock.activate();
  fetchMock.disableNetConnect();
});
afterEach(() => fetchMock.assertNoPendingInterceptors());

describe("GET /v1/payments/:ref", () => {
  it("asks Dollr with a cached bearer token", async () => {
    (env as any).DOLLR_CLIENT_SECRET = "test-secret";
    const dollr = fetchMock.get("https://api.heydollr.app");
    dollr
      .intercept({ path: "/v1/jwt/client/obtain/token", method: "POST" })
      .reply(200, { access_token: "fake-token", expires_in: 60 });
    dollr
      .intercept({ path: "/v1/status/collection/3b9d6f1e-7a2c-4e5b-8d0f-1a2b3c4d5e6f", headers: { Authorization: "Bearer fake-token" } })
      .reply(200, { status: "COMPLETED", reference_id: "3b9d6f1e-7a2c-4e5b-8d0f-1a2b3c4d5e6f", gateway_message: "Approved" });

    const res = await SELF.fetch("http://localhost:8787/v1/payments/3b9d6f1e-7a2c-4e5b-8d0f-1a2b3c4d5e6f");
    expect(await res.json()).toEqual({ referenceId: "3b9d6f1e-7a2c-4e5b-8d0f-1a2b3c4d5e6f", status: "COMPLETED" });
  });
});
