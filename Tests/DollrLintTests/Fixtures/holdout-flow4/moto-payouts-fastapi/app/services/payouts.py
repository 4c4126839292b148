import logging
import uuid

from app.clients.dollr_client import client
from app.db import payouts_repo
from app.settings import settings

log = logging.getLogger("payouts")


async def pay_driver(driver, amount: float) -> dict:
    reference_id = str(uuid.uuid4())
    await payouts_repo.insert(driver_id=driver.id, reference_id=reference_id, amount=amount, state="SUBMITTED")

    session = await client.post(
        "/v1/sessions/payout",
        {"payout_account_id": driver.payout_account_id, "amount": amount, "currency": "RWF"},
    )
    await client.post(
        "/v1/executions/payout",
        {
            "session_id": str(session["id"]),
            "payout_account_id": str(driver.payout_account_id),
            "reference_id": reference_id,
            "passcode": {
                "token": {"phone": settings.payout_phone, "code": settings.payout_passcode},
                "device": {
                    "name": "moto-payouts",
                    "type": "SERVER",
                    "platform": "PYTHON",
                    "user_agent": "moto-payouts/2.3",
                    "client_ip": "10.0.4.17",
                },
            },
        },
    )
    return await settle(reference_id)


async def settle(reference_id: str) -> dict:
    while True:
        st = await client.get_status("payout", reference_id)
        if st["status"] != "PENDING":
            break

    if st["status"] in ("FAILED", "PROCESSING"):
        await payouts_repo.update(reference_id, state="FAILED")
        log.warning("payout %s failed (%s), driver will be re-queued", reference_id, st["status"])
        return {"reference_id": reference_id, "ok": False}

    await payouts_repo.update(reference_id, state="PAID")
    return {"reference_id": reference_id, "ok": True}
