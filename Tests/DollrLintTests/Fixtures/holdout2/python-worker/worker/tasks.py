import logging
import os
import uuid

from worker import cbs
from worker.celery_app import app
from worker.db import Loan, session_scope
from worker.dollr import from_env

log = logging.getLogger(__name__)
dollr = from_env()

DEVICE = {
    "name": "Zwedru disbursement worker",
    "type": "SERVER",
    "platform": "PYTHON",
    "user_agent": "zwedru-disbursements/0.7",
    "client_ip": os.environ.get("WORKER_PUBLIC_IP", "203.0.113.24"),
}


@app.task(name="loans.disburse")
def disburse_loan(loan_id: int) -> str:
    """Pays an approved loan out to the borrower's MoMo wallet. Never retried
    automatically: a second execute needs a human to check the status first."""
    with session_scope() as db:
        loan = db.get(Loan, loan_id)
        if loan.status != "APPROVED":
            log.info("loan %s is %s, nothing to do", loan_id, loan.status)
            return loan.status
        if not cbs.loan(loan_id)["approved"]:
            raise RuntimeError(f"loan {loan_id} not approved in CBS")

        balance = dollr.get("/v1/wallets/balance", {"wallet_id": os.environ["DOLLR_WALLET_ID"]})
        if float(balance["available"]) < float(loan.principal):
            log.warning("wallet balance too low for loan %s", loan_id)
            return "INSUFFICIENT_BALANCE"

        session = dollr.post(
            "/v1/sessions/payout",
            {
                "payout_account_id": loan.borrower.dollr_payout_account_id,
                "amount": float(loan.principal),
                "currency": "USD",
                "description": f"Loan {loan.number} disbursement",
            },
        )

        # Persist the idempotency key before executing.
        loan.reference_id = str(uuid.uuid4())
        loan.status = "DISBURSING"
        db.commit()

        payload = {
            "session_id": str(session["id"]),
            "payout_account_id": loan.borrower.dollr_payout_account_id,
            "reference_id": loan.reference_id,
            "passcode": {
                "token": {"phone": os.environ["DOLLR_PASSCODE_PHONE"], "code": os.environ["DOLLR_PASSCODE"]},
                "device": DEVICE,
            },
        }
        log.debug("payout payload for loan %s: %s", loan_id, payload)
        execution = dollr.post("/v1/executions/payout", payload)
        loan.dollr_status = execution["status"]
        db.commit()
        log.info("loan %s payout %s %s", loan_id, loan.reference_id, execution["status"])

    poll_payout_status.apply_async(args=[loan.reference_id], countdown=30)
    return execution["status"]


@app.task(name="loans.poll_payout_status", bind=True, max_retries=20)
def poll_payout_status(self, reference_id: str) -> str:
    """Polls the payout until it settles. PENDING and PROCESSING just mean
    "ask again later", with a growing delay (30 s, 60 s, ... up to 15 min)."""
    res = dollr.get(f"/v1/status/payout/{reference_id}")
    status = res["status"]
    log.info("payout %s status=%s", reference_id, status)
    with session_scope() as db:
        loan = db.query(Loan).filter_by(reference_id=reference_id).one()
        loan.dollr_status = status
        if status == "COMPLETED":
            loan.status = "DISBURSED"
            cbs.mark_disbursed(loan.id, reference_id)
        elif status == "FAILED":
            loan.status = "DISBURSEMENT_FAILED"
        db.commit()
    if status in ("PENDING", "PROCESSING"):
        raise self.retry(countdown=min(30 * 2 ** self.request.retries, 900))
    return status
