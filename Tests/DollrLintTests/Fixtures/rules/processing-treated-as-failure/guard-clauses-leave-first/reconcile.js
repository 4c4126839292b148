const { dollr } = require("./dollr");

async function reconcile(pending) {
  for (const p of pending) {
    const s = await dollr("GET", `/v1/status/collection/${p.referenceId}`);
    if (s.status === "PENDING" || s.status === "PROCESSING") continue;
    // Only FAILED gets here: the guard above left on PENDING and PROCESSING.
    // ok: processing-treated-as-failure
    if (s.status !== "COMPLETED") {
      await markFailed(p, "payment failed");
      continue;
    }
    await markPaid(p);
  }
}
module.exports = { reconcile };
