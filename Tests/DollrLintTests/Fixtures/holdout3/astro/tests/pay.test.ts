import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("../src/lib/db", () => ({
  findBooking: vi.fn(async () => ({
    id: 7, guest_name: "Musu Kollie", guest_phone: "231886123456", dollr_party_id: 42, dollr_invoice_id: 101, nights: 3,
  })),
  sql: vi.fn(async () => []),
}));

const responses: Record<string, unknown> = {
  "/v1/jwt/client/obtain/token": { access_token: "fake-token", expires_in: 60 },
  "/v1/sessions/checkout": { id: 55 },
  "/v1/predictions/mmo-provider-info": { payment_method: "MTN_MOMO_LBR", gateway_provider: "PAWAPAY" },
  "/v1/payment-accounts/create": { id: 18, is_active: true },
  "/v1/executions/collection": { status: "PENDING", reference_id: "8f14e45f-ceea-467f-a0e6-2b5c3d9e1a47", requires_action: false },
  "/v1/realtime-keys/collection": { access_token: "fake-realtime-key", expires_in: 600 },
};

describe("POST /api/bookings/:id/pay", () => {
  beforeEach(() => {
    vi.stubEnv("DOLLR_CLIENT_SECRET", "test-secret");
    vi.stubGlobal("fetch", vi.fn(async (url: string) => Response.json(responses[new URL(url).pathname])));
  });

  it("starts a collection and returns the realtime key, never the Dollr token", async () => {
    const { POST } = await import("../src/pages/api/bookings/[id]/pay");
    const res = await POST({
      params: { id: "7" },
      request: new Request("http://localhost:4321/api/bookings/7/pay", { method: "POST", body: JSON.stringify({ phone: "231886123456" }) }),
    } as any);
    const body = await res.json();
    expect(res.status).toBe(202);
    expect(body.realtimeToken).toBe("fake-realtime-key");
    expect(JSON.stringify(body)).not.toContain("fake-token");
  });
});
