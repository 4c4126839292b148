const http = require("./http");
const { accessToken } = require("./auth");

const PATHS = {
  party: "/v1/parties/create",
  counterparty: "/v1/counterparties/create",
  invoice: "/v1/invoices/create",
  sourceStatus: "/v1/status/source",
};

async function authed() {
  return { Authorization: `Bearer ${await accessToken()}` };
}

async function createParty(customer) {
  const { data } = await http.post(PATHS.party, {
    fullname: customer.name,
    phone: customer.phone,
    email: customer.email,
    country_code: "LR",
  }, { headers: await authed() });
  return data;
}

async function createCustomer(partyId) {
  const { data } = await http.post(PATHS.counterparty, { relationship_type: "CUSTOMER", party_id: partyId }, { headers: await authed() });
  return data;
}

async function createInvoice(counterpartyId, note) {
  const { data } = await http.post(PATHS.invoice, {
    counterparty_id: counterpartyId,
    currency: "USD",
    note,
    fee_bearer: "PAYER",
    as_payment_link: true,
  }, { headers: await authed() });
  return data;
}

async function invoiceStatus(invoiceId) {
  const { data } = await http.get(PATHS.sourceStatus, {
    params: { source_type: "INVOICE", source_id: invoiceId },
    headers: await authed(),
  });
  return data;
}

module.exports = { createParty, createCustomer, createInvoice, invoiceStatus };
