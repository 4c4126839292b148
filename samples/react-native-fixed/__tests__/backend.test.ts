// Fake values only: "fake-token" is a made-up shop session, nothing reaches a server.
jest.mock("expo-secure-store", () => ({ getItemAsync: jest.fn().mockResolvedValue("fake-token") }));
jest.mock("expo-constants", () => ({
  __esModule: true,
  default: { expoConfig: { extra: { apiUrl: "http://localhost:3000" } } },
}));

import { payOrder } from "../src/api/backend";

test("payOrder calls the shop backend, not Dollr", async () => {
  const fetchMock = jest.fn().mockResolvedValue({
    ok: true,
    json: async () => ({ status: "PROCESSING", reference_id: "7c9e6679-7425-40de-944b-e07fc1f90ae7" }),
  });
  global.fetch = fetchMock as unknown as typeof fetch;

  const state = await payOrder("1042", "Amara Kamara", "231771234567", [{ name: "Rice 25kg", qty: 1, amount: 25 }]);

  expect(state).toEqual({ status: "PROCESSING", reference_id: "7c9e6679-7425-40de-944b-e07fc1f90ae7" });
  const [url, init] = fetchMock.mock.calls[0];
  expect(url).toBe("http://localhost:3000/api/orders/1042/pay");
  expect(url).not.toContain("heydollr");
  expect(init.headers.Authorization).toBe("Bearer fake-token");
});
