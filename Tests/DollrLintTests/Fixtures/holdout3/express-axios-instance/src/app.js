const express = require("express");
const jwt = require("jsonwebtoken");
const db = require("./db");
const payments = require("./routes/payments");

const app = express();
app.use(express.json());

// Counter staff sign in; the tablets keep this JWT (ours) for the /v1 routes.
app.post("/auth/login", async (req, res) => {
  const staff = await db.staff.verify(req.body.username, req.body.pin);
  if (!staff) return res.status(401).json({ error: "invalid login" });
  const token = jwt.sign({ sub: staff.id, role: staff.role }, process.env.JWT_SECRET, { expiresIn: "12h" });
  res.json({ token, expiresIn: 12 * 3600 });
});

app.use((req, res, next) => {
  const header = req.get("authorization") ?? "";
  try {
    req.staff = jwt.verify(header.replace(/^Bearer /, ""), process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).json({ error: "login required" });
  }
});
app.use(payments);

module.exports = app;

if (require.main === module) {
  require("dotenv").config();
  const port = Number(process.env.PORT) || 3000;
  app.listen(port, () => console.log(`bth-api listening on http://localhost:${port}`));
}
