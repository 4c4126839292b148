import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

describe("dollr.server", () => {
  beforeEach(() => {
    vi.resetModules();
    process.env.DOLLR_CLIENT_ID = "test-client";
    process.env.DOLLR_CLIENT_SECRET = "test-secret";
  });
  afterEach(() => vi.unstubAllGlobals());

  it("obtains the token once and reuses it until near expiry", async () => {
    const fetchMock = vi.fn(async (url: string) => {
      if (url.endsWith("/v1/jwt/client/obtain/token")) {
        return Response.json({ access_token: "fake-token", expires_in: 60 });
      }
      return Response.json({ status: "PROCESSING", reference_id: "0d4e3c1a-9b7f-4f2e-a1c5-3e8d9f6b2a71" });
    });
    vi.stubGlobal("fetch", fetchMock);
    const { dollr } = await import("~/lib/dollr.server");

    await dollr("GET", "/v1/status/collection/0d4e3c1a-9b7f-4f2e-a1c5-3e8d9f6b2a71");
    await dollr("GET", "/v1/status/collection/0d4e3c1a-9b7f-4f2e-a1c5-3e8d9f6b2a71");

    const tokenCalls = fetchMock.mock.calls.filter(([url]) => String(url).endsWith("/obtain/token"));
    expect(tokenCalls).toHaveLength(1);
    expect(fetchMock.mock.calls[1][1].headers.Authorization).toBe("Bearer fake-token");
  });

  it("surfaces a 422 body", async () => {
    vi.stubGlobal("fetch", vi.fn(async (url: string) =>
      url.endsWith("/obtain/token")
        ? Response.json({ access_token: "fake-token", expires_in: 60 })
        : Response.json({ detail: [{ loc: ["body", "currency"], msg: "field required", type: "value_error.missing" }] }, { status: 422 }),
    ));
    const { dollr, DollrError } = await import("~/lib/dollr.server");
    const body = { counterparty_id: 15, currency: "LRD", fee_bearer: "PAYER", as_payment_link: false };
    await expect(dollr("POST", "/v1/orders/create", body)).rejects.toBeInstanceOf(DollrError);
  });
});
