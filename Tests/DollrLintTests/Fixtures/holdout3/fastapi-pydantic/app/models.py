"""Request/response models for the Dollr calls. Dumped with model_dump(mode="json")."""
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, SecretStr


class ClientToken(BaseModel):
    access_token: SecretStr
    expires_in: int  # minutes


class CheckoutSessionIn(BaseModel):
    source_id: int
    source_type: Literal["INVOICE", "ORDER"]


class CollectionExecutionIn(BaseModel):
    session_id: str  # a string on executions
    payment_account_id: str
    currency: Literal["USD", "LRD"]
    reference_id: UUID


class PasscodeToken(BaseModel):
    code: str
    phone: str | None = None


class PasscodeDevice(BaseModel):
    name: str
    type: str
    platform: str
    user_agent: str
    client_ip: str


class Passcode(BaseModel):
    token: PasscodeToken
    device: PasscodeDevice


class PayoutExecutionIn(BaseModel):
    session_id: str
    payout_account_id: int
    reference_id: UUID
    passcode: Passcode


class Execution(BaseModel):
    status: str
    reference_id: UUID
    requires_action: bool | None = None
    client_secret: str | None = None
    gateway_message: str | None = None
