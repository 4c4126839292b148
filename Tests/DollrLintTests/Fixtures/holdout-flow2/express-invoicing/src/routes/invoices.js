const express = require("express");
const api = require("../dollr/api");

const router = express.Router();

router.post("/invoices", async (req, res, next) => {
  try {
    const party = await api.createParty({ name: req.body.company, phone: req.body.phone, email: req.body.email });
    const customer = await api.createCustomer(party.id);
    const invoice = await api.createInvoice(customer.id, req.body.note);
    res.status(201).json({ id: invoice.id, status: invoice.status });
  } catch (err) {
    next(err);
  }
});

router.get("/invoices/:id/paid", async (req, res, next) => {
  try {
    const status = await api.invoiceStatus(Number(req.params.id));
    res.json({ paid: status.status === "PAID" });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
