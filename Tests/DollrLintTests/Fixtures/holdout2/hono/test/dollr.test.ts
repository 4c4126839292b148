import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

process.env.DOLLR_CLIENT_ID = "test-client";
process.env.DOLLR_CLIENT_SECRET = "test-secret";

const { dollr, dollrToken } = await import("../src/dollr.js");

let tokenCalls = 0;
const server = setupServer(
  http.post("https://api.heydollr.app/v1/jwt/client/obtain/token", () => {
    tokenCalls += 1;
    return HttpResponse.json({ access_token: "fake-token", expires_in: 60 });
  }),
  http.get("https://api.heydollr.app/v1/status/collection/:ref", ({ params, request }) => {
    expect(request.headers.get("authorization")).toBe("Bearer fake-token");
    return HttpResponse.json({ reference_id: params.ref, status: "PROCESSING" });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("dollr client", () => {
  it("reuses the token while it is valid", async () => {
    expect(await dollrToken()).toBe("fake-token");
    expect(await dollrToken()).toBe("fake-token");
    expect(tokenCalls).toBe(1);
  });

  it("reads a collection status", async () => {
    const res = await dollr<{ status: string }>("/v1/status/collection/3b9e4c1a-77d2-4f0e-9c35-0f5a8e2d6b41");
    expect(res.status).toBe("PROCESSING");
  });
});
