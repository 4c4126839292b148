import asyncio
import uuid

from app.clients.dollr_client import client
from app.db import rides_repo


async def register_rider_wallet(rider) -> dict:
    party = await client.post(
        "/v1/parties/create",
        {
            "fullname": rider.name,
            "phone": "+250788123456" if rider.is_test else rider.msisdn,
            "email": rider.email,
            "country_code": "RW",
        },
    )
    return await client.post(
        "/v1/payment-accounts/create",
        {
            "account_name": f"{rider.name} MoMo",
            "provider": "PAWAPAY",
            "method": "MTN_MOMO_RWA",
            "party_id": party["id"],
            "country_code": "RW",
            "insensitive_account_number": "250788123456",
        },
        params={"operation_type": "COLLECTION"},
    )


async def collect_fare(ride, session_id: str, payment_account_id: str) -> str:
    reference_id = str(uuid.uuid4())
    await rides_repo.set_reference(ride.id, reference_id)
    await client.post(
        "/v1/executions/collection",
        {
            "session_id": session_id,
            "payment_account_id": payment_account_id,
            "currency": "RWF",
            "reference_id": reference_id,
        },
    )
    return reference_id


async def wait_for_fare(reference_id: str, attempts: int = 8) -> str:
    delay = 2.0
    for _ in range(attempts):
        st = await client.get_status("collection", reference_id)
        if st["status"] in ("COMPLETED", "FAILED"):
            return st["status"]
        # PENDING or PROCESSING: rider is still approving on the handset
        await asyncio.sleep(delay)
        delay = min(delay * 2, 60)
    return "PENDING"
