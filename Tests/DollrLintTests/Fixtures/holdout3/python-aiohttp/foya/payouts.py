"""Pay members for the cocoa they delivered (MoMo payouts through Dollr)."""
import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

from .dollr import Dollr

log = logging.getLogger(__name__)


@dataclass
class Member:
    id: int
    name: str
    payout_account_id: int  # Dollr payment account created with operation_type=PAYOUT


def passcode() -> dict:
    return {
        "token": {"code": os.environ["DOLLR_PASSCODE"], "phone": os.environ["DOLLR_PASSCODE_PHONE"]},
        "device": {
            "name": "Foya payout laptop",
            "type": "SERVER",
            "platform": "PYTHON",
            "user_agent": "foya-payouts/0.3",
            "client_ip": os.environ.get("PAYOUT_CLIENT_IP", "41.86.0.17"),
        },
    }


async def pay_member(dollr: Dollr, db, member: Member, amount: Decimal) -> dict:
    session = await dollr.post(
        "/v1/sessions/payout",
        {"payout_account_id": member.payout_account_id, "amount": float(amount), "currency": "USD"},
    )

    reference_id = str(uuid.uuid4())
    await db.execute(
        "insert into payouts (member_id, reference_id, amount, status) values ($1, $2, $3, 'PENDING')",
        member.id, reference_id, amount,
    )
    body = {
        "session_id": str(session["id"]),
        "payout_account_id": member.payout_account_id,
        "reference_id": reference_id,
        "passcode": passcode(),
    }
    log.debug("payout execution body: %s", body)
    execution = await dollr.post("/v1/executions/payout", body)
    await db.execute("update payouts set status = $1 where reference_id = $2", execution["status"], reference_id)
    log.info("payout %s member=%s status=%s", reference_id, member.id, execution["status"])
    return {"reference_id": reference_id, "status": execution["status"]}
