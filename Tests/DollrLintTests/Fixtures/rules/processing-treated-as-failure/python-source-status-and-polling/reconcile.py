from payments.dollr import DollrClient


def reconcile(invoice, invoice_id, payment):
    client = DollrClient()
    # An invoice (source) status is another model: cancelling an unpaid, overdue invoice is fine.
    # ok: processing-treated-as-failure
    if invoice["status"] in ("ACTIVE", "OVERDUE") and invoice["days_overdue"] > 30:
        client.delete(f"/v1/invoices/cancel/{invoice_id}")

    status = client.get(f"/v1/status/collection/{payment.reference_id}")["status"]
    # ok: processing-treated-as-failure
    if status in ("PENDING", "PROCESSING"):
        schedule_poll(payment.reference_id, delay_seconds=30)
    elif status == "FAILED":
        payment.mark_failed()
    # Only an unknown status gets here: PENDING, PROCESSING and FAILED took the branches above.
    # ok: processing-treated-as-failure
    elif status != "COMPLETED":
        payment.mark_failed()


def settle(payment):
    status = DollrClient().get(f"/v1/status/collection/{payment.reference_id}")["status"]
    # ruleid: processing-treated-as-failure
    if status != "COMPLETED":
        payment.mark_failed()
