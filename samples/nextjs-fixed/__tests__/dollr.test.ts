import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

// Fake credentials only: these tests never reach api.heydollr.app.
describe("dollrToken", () => {
  beforeEach(() => {
    vi.resetModules();
    process.env.DOLLR_CLIENT_ID = "test-client";
    process.env.DOLLR_CLIENT_SECRET = "test-secret";
  });

  it("caches the token for expires_in minutes", async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValue(new Response(JSON.stringify({ access_token: "fake-token", expires_in: 60 })));
    vi.stubGlobal("fetch", fetchMock);
    const { dollrToken } = await import("../lib/dollr");

    expect(await dollrToken()).toBe("fake-token");
    expect(await dollrToken()).toBe("fake-token");
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(JSON.parse(fetchMock.mock.calls[0][1].body).client_secret).toBe("test-secret");
  });
});
