import { obtainToken } from "../src/dollr";

describe("obtainToken", () => {
  beforeEach(() => {
    // ok: hardcoded-secret
    process.env.DOLLR_CLIENT_SECRET = "sk_test_123";
    // ok: hardcoded-secret
    process.env.DOLLR_CLIENT_ID = "test-client-id";
  });

  it("returns the access token", async () => {
    global.fetch = jest.fn().mockResolvedValue({
      // ok: hardcoded-secret
      json: async () => ({ access_token: "fake-token", expires_in: 60 }),
    }) as any;
    await expect(obtainToken()).resolves.toBe("fake-token");
  });

  it("works against staging", async () => {
    // ruleid: hardcoded-secret
    process.env.DOLLR_CLIENT_SECRET = "nwrDeqHChnc0cILBYmr94RdIyChrwEUzbPXaiQqB";
    await obtainToken();
  });
});
