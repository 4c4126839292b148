import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

describe("@kakata/dollr", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("caches the access token", async () => {
    process.env.DOLLR_CLIENT_ID = "test-client";
    process.env.DOLLR_CLIENT_SECRET = "test-secret";
    const fetchMock = vi.fn(async (url: string) => {
      if (url.endsWith("/v1/jwt/client/obtain/token")) {
        return Response.json({ access_token: "fake-token", expires_in: 60 });
      }
      return Response.json({ reference_id: "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a", status: "PENDING" });
    });
    vi.stubGlobal("fetch", fetchMock);
    const { accessToken, dollr } = await import("./index");

    expect(await accessToken()).toBe("fake-token");
    await dollr("/v1/status/collection/0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a");
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
