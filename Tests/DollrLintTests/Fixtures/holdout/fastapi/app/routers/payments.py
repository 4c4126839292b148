import logging
import uuid

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import Payment, get_session, get_bill
from app.dollr import DollrClient

router = APIRouter()
logger = logging.getLogger("payments")


class MomoPayment(BaseModel):
    bill_id: int
    phone: str = Field(pattern=r"^231\d{7,9}$")


def dollr(request: Request) -> DollrClient:
    return request.app.state.dollr


@router.post("/payments/momo", status_code=202)
async def pay_bill(body: MomoPayment, client: DollrClient = Depends(dollr), db: AsyncSession = Depends(get_session)):
    bill = await get_bill(db, body.bill_id)
    mmo = await client.get("/v1/predictions/mmo-provider-info", params={"phone": body.phone, "operation_type": "COLLECTION"})
    session = await client.post("/v1/sessions/checkout", {"source_id": bill.dollr_invoice_id, "source_type": "INVOICE"})
    account = await client.post(
        "/v1/payment-accounts/create",
        {
            "account_name": f"{bill.patient_name} MoMo",
            "provider": mmo["gateway_provider"],
            "method": mmo["payment_method"],
            "party_id": bill.dollr_party_id,
            "country_code": "LR",
            "insensitive_account_number": body.phone,
        },
        params={"operation_type": "COLLECTION"},
    )

    # Idempotency key: stored before the execute call.
    reference_id = str(uuid.uuid4())
    payment = Payment(bill_id=bill.id, reference_id=reference_id, dollr_session_id=session["id"], status="PENDING")
    db.add(payment)
    await db.commit()

    execution = await client.post(
        "/v1/executions/collection",
        {
            "session_id": str(session["id"]),
            "payment_account_id": str(account["id"]),
            "currency": "USD",
            "reference_id": reference_id,
        },
    )
    logger.info("collection response for bill %s: %s", bill.id, execution)
    payment.status = execution["status"]
    await db.commit()
    return {"reference_id": reference_id, "status": execution["status"]}


@router.get("/payments/{reference_id}")
async def payment_status(reference_id: str, client: DollrClient = Depends(dollr)):
    status = await client.get(f"/v1/status/collection/{reference_id}")
    logger.info("payment %s status=%s gateway=%s", reference_id, status["status"], status.get("gateway_message"))
    return {"reference_id": reference_id, "status": status["status"]}


@router.post("/payments/{reference_id}/realtime-key")
async def realtime_key(reference_id: str, client: DollrClient = Depends(dollr), db: AsyncSession = Depends(get_session)):
    payment = await db.get(Payment, reference_id)
    key = await client.post(
        "/v1/realtime-keys/collection",
        {"session_id": payment.dollr_session_id, "source_type": "INVOICE", "reference_id": reference_id},
    )
    # Supabase Realtime key scoped to this payment: short-lived and meant for the browser.
    return {"access_token": key["access_token"], "expires_in": key["expires_in"]}


@router.get("/dollr/token")
async def dollr_token(client: DollrClient = Depends(dollr)):
    """For the reception tablet, which calls Dollr's status endpoint directly."""
    return {"access_token": await client.access_token()}
