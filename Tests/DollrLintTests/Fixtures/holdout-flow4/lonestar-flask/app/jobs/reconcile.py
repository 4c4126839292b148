"""Cron: settle fee payments that are still open."""
import logging
import time

from app.extensions import db, pay
from app.models import FeePayment

log = logging.getLogger(__name__)


def wait_for_final(reference_id, max_wait=300):
    delay, waited = 2, 0
    while waited < max_wait:
        r = pay.status("collection", reference_id)
        if r.status_code == 200:
            state = r.json().get("status")
            if state in ("COMPLETED", "FAILED"):
                return state
        time.sleep(delay)
        waited += delay
        delay = min(delay * 2, 30)
    return None


def run():
    for payment in FeePayment.query.filter(FeePayment.status.in_(["PENDING", "PROCESSING"])):
        state = wait_for_final(payment.reference_id)
        if state is None:
            # still PENDING/PROCESSING after five minutes: check again on the next run
            continue
        payment.status = "PAID" if state == "COMPLETED" else "FAILED"
        db.session.commit()
        log.info("fee payment %s -> %s", payment.reference_id, payment.status)
