from payments.dollr import DollrClient


def settle(payment):
    status = DollrClient().get(f"/v1/status/collection/{payment.reference_id}")["status"]
    if status in ("PENDING", "PROCESSING"):
        return schedule_poll(payment.reference_id)
    # ok: processing-treated-as-failure
    if status != "COMPLETED":
        payment.mark_failed()
        return None
    payment.mark_paid()


def settle_pending_only(payment):
    status = DollrClient().get(f"/v1/status/collection/{payment.reference_id}")["status"]
    if status == "PENDING":
        return schedule_poll(payment.reference_id)
    # PROCESSING is still let through: the guard above left only on PENDING.
    # ruleid: processing-treated-as-failure
    if status != "COMPLETED":
        payment.mark_failed()
