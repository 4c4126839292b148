from uuid import uuid4

import structlog
from fastapi import APIRouter, Depends
from pydantic import BaseModel

from ..db import repo
from ..dollr import dollr
from ..models import (
    CheckoutSessionIn,
    CollectionExecutionIn,
    Execution,
    Passcode,
    PasscodeDevice,
    PasscodeToken,
    PayoutExecutionIn,
)
from ..security import require_staff
from ..settings import settings

router = APIRouter(prefix="/api", dependencies=[Depends(require_staff)])
log = structlog.get_logger(__name__)


class PayIn(BaseModel):
    phone: str


@router.post("/plans/{plan_id}/pay", status_code=202)
async def pay_plan(plan_id: int, body: PayIn):
    plan = await repo.plan(plan_id)
    session = await dollr.request(
        "POST", "/v1/sessions/checkout",
        json=CheckoutSessionIn(source_id=plan.dollr_invoice_id, source_type="INVOICE").model_dump(),
    )
    mmo = await dollr.request(
        "GET", "/v1/predictions/mmo-provider-info", params={"phone": body.phone, "operation_type": "COLLECTION"}
    )
    account = await dollr.request(
        "POST", "/v1/payment-accounts/create",
        params={"operation_type": "COLLECTION"},
        json={
            "account_name": f"{plan.customer_name} wallet",
            "method": mmo["payment_method"],
            "provider": mmo["gateway_provider"],
            "party_id": plan.dollr_party_id,
            "country_code": "LR",
            "insensitive_account_number": body.phone,
        },
    )

    reference_id = uuid4()
    await repo.add_payment(plan_id=plan.id, reference_id=str(reference_id), status="PENDING")
    body_out = CollectionExecutionIn(
        session_id=str(session["id"]),
        payment_account_id=str(account["id"]),
        currency=plan.currency,
        reference_id=reference_id,
    )
    raw = await dollr.request("POST", "/v1/executions/collection", json=body_out.model_dump(mode="json"))
    execution = Execution.model_validate(raw)
    log.info("dollr.collection", plan_id=plan.id, execution=raw)
    await repo.set_payment_status(str(reference_id), execution.status)
    return {"reference_id": str(reference_id), "status": execution.status}


@router.post("/agents/{agent_id}/commission", status_code=202)
async def pay_commission(agent_id: int):
    """Monthly commission to a field installer's MoMo wallet."""
    agent = await repo.agent(agent_id)
    commission = await repo.commission_due(agent_id)
    session = await dollr.request("POST", "/v1/sessions/payout", json={
        "payout_account_id": str(agent.dollr_payout_account_id),
        "amount": commission,
        "currency": "usd",
    })

    reference_id = uuid4()
    await repo.add_payout(agent_id=agent.id, reference_id=str(reference_id), status="PENDING")
    payout = PayoutExecutionIn(
        session_id=str(session["id"]),
        payout_account_id=agent.dollr_payout_account_id,
        reference_id=reference_id,
        passcode=Passcode(
            token=PasscodeToken(code=settings.dollr_passcode.get_secret_value(), phone=settings.dollr_passcode_phone),
            device=PasscodeDevice(
                name="Zorzor billing server", type="SERVER", platform="PYTHON",
                user_agent="zorzor-solar/0.9", client_ip="41.57.96.10",
            ),
        ),
    )
    raw = await dollr.request("POST", "/v1/executions/payout", json=payout.model_dump(mode="json"))
    log.info("dollr.payout", agent_id=agent.id, reference_id=str(reference_id), status=raw["status"])
    await repo.set_payout_status(str(reference_id), raw["status"])
    return {"reference_id": str(reference_id), "status": raw["status"]}


@router.get("/dollr/token")
async def dollr_token():
    """Used by the installer Android app to read meter payments straight from Dollr."""
    return {"access_token": await dollr.token(), "token_type": "Bearer"}
