const express = require("express");
const crypto = require("node:crypto");
const { getDollrToken, collect } = require("./dollr");

const app = express();
app.use(express.json());

app.get("/api/dollr/token", async (_req, res) => {
  const token = await getDollrToken();
  // ruleid: token-exposed-to-client
  res.json({ token, expiresIn: 3600 });
});

app.post("/api/pay", async (req, res) => {
  const referenceId = crypto.randomUUID();
  const token = await getDollrToken();
  const execution = await collect(token, { ...req.body, reference_id: referenceId });
  // ok: token-exposed-to-client
  res.json({ status: execution.status, reference_id: referenceId });
});

app.get("/api/dollr/health", async (_req, res) => {
  const token = await getDollrToken();
  // ok: token-exposed-to-client
  res.json({ authenticated: Boolean(token), tokenLength: token.length });
});

app.listen(3000);
