// Payment attempts, one JSON file. Good enough for one instance; move to Postgres later.
const fs = require("fs");
const path = require("path");

const FILE = path.join(__dirname, "..", "data", "payments.json");

function load() {
  try {
    return JSON.parse(fs.readFileSync(FILE, "utf8"));
  } catch {
    return {};
  }
}

function save(all) {
  fs.writeFileSync(FILE, JSON.stringify(all, null, 2));
}

function savePayment(payment) {
  const all = load();
  all[payment.referenceId] = { ...payment, createdAt: new Date().toISOString() };
  save(all);
}

function updatePayment(referenceId, patch) {
  const all = load();
  all[referenceId] = { ...all[referenceId], ...patch, updatedAt: new Date().toISOString() };
  save(all);
}

function getPayment(referenceId) {
  return load()[referenceId];
}

module.exports = { savePayment, updatePayment, getPayment };
