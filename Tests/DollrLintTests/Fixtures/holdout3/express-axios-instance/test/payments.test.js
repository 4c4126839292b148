const nock = require("nock");
const request = require("supertest");
const jwt = require("jsonwebtoken");

process.env.DOLLR_BASE_URL = "https://api.heydollr.app";
process.env.DOLLR_CLIENT_ID = "test-client";
process.env.DOLLR_CLIENT_SECRET = "test-secret";
process.env.JWT_SECRET = "test-jwt-secret";

jest.mock("../src/db", () => ({
  orders: { get: jest.fn(async () => ({ id: 9, dollr_invoice_id: 101, dollr_party_id: 42, customer_name: "Kollie", currency: "USD" })) },
  payments: { insert: jest.fn(), setStatus: jest.fn() },
  staff: { verify: jest.fn() },
}));

const app = require("../src/app");
const db = require("../src/db");
const auth = `Bearer ${jwt.sign({ sub: 1 }, "test-jwt-secret")}`;

afterEach(() => nock.cleanAll());

test("stores the reference before executing and returns only reference and status", async () => {
  const dollr = nock("https://api.heydollr.app")
    .post("/v1/jwt/client/obtain/token", { client_id: "test-client", client_secret: "test-secret" })
    .reply(200, { access_token: "fake-token", expires_in: 60 })
    .post("/v1/sessions/checkout").reply(200, { id: 55 })
    .get("/v1/predictions/mmo-provider-info").query(true).reply(200, { payment_method: "MTN_MOMO_LBR", gateway_provider: "PAWAPAY" })
    .post("/v1/payment-accounts/create").query({ operation_type: "COLLECTION" }).reply(200, { id: 18 })
    .post("/v1/executions/collection", (body) => body.reference_id === db.payments.insert.mock.calls[0][0].referenceId)
    .reply(200, { status: "PENDING", reference_id: "c56a4180-65aa-42ec-a945-5fd21dec0538" });

  const res = await request(app).post("/v1/orders/9/pay").set("Authorization", auth).send({ phone: "231771234567" });

  expect(res.status).toBe(202);
  expect(res.body).toEqual({ referenceId: expect.any(String), status: "PENDING" });
  expect(dollr.isDone()).toBe(true);
});

test("retries a 503 status read and gives up on 404", async () => {
  nock("https://api.heydollr.app")
    .get(/\/v1\/status\/collection\/.+/).reply(503)
    .get(/\/v1\/status\/collection\/.+/).reply(200, { status: "COMPLETED", gateway_message: "ok" });
  const res = await request(app).get("/v1/orders/9/payments/c56a4180-65aa-42ec-a945-5fd21dec0538").set("Authorization", auth);
  expect(res.body.status).toBe("COMPLETED");
});
