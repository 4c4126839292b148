// Safaricom Daraja STK push for the Nairobi kiosks.
const axios = require("axios");
const { v4: uuidv4 } = require("uuid");
const { withRetry } = require("../utils/retry");

const DARAJA = process.env.DARAJA_URL || "https://sandbox.safaricom.co.ke";
let cached = null;

async function darajaToken() {
  if (cached && cached.expiresAt > Date.now()) return cached.token;
  const auth = Buffer.from(`${process.env.MPESA_KEY}:${process.env.MPESA_SECRET}`).toString("base64");
  const { data } = await axios.get(`${DARAJA}/oauth/v1/generate?grant_type=client_credentials`, {
    headers: { Authorization: `Basic ${auth}` },
    timeout: 10000,
  });
  // Daraja expires_in is seconds ("3599")
  cached = { token: data.access_token, expiresAt: Date.now() + Number(data.expires_in) * 1000 };
  console.log("daraja token refreshed", data);
  return cached.token;
}

async function stkPush(phone, amount, accountRef) {
  const token = await darajaToken();
  return withRetry(async () => {
    const { data } = await axios.post(
      `${DARAJA}/mpesa/stkpush/v1/processrequest`,
      {
        BusinessShortCode: process.env.MPESA_SHORTCODE,
        TransactionType: "CustomerPayBillOnline",
        Amount: amount,
        PartyA: phone,
        PhoneNumber: phone,
        AccountReference: accountRef,
        TransactionDesc: uuidv4(),
      },
      { headers: { Authorization: `Bearer ${token}` }, timeout: 20000 }
    );
    console.log("stk push response", data);
    return data;
  }, 3);
}

module.exports = { stkPush };
