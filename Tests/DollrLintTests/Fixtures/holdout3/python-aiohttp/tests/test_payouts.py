import re
from decimal import Decimal

import pytest
from aioresponses import aioresponses

from foya.dollr import Dollr
from foya.payouts import Member, pay_member

BASE = "https://api.heydollr.app"


class FakeDb:
    def __init__(self):
        self.statements = []

    async def execute(self, sql, *args):
        self.statements.append((sql, args))


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("DOLLR_PASSCODE", "0000")
    monkeypatch.setenv("DOLLR_PASSCODE_PHONE", "231771234567")


async def test_reference_is_stored_before_execute(env):
    db = FakeDb()
    with aioresponses() as mocked:
        mocked.post(f"{BASE}/v1/jwt/client/obtain/token", payload={"access_token": "fake-token", "expires_in": 60})
        mocked.post(f"{BASE}/v1/sessions/payout", payload={"id": 77, "wallet_id": 5, "expires_at": "2025-06-01T14:30:00Z"})
        mocked.post(f"{BASE}/v1/executions/payout", payload={"status": "PENDING", "reference_id": "b3c1d2e4-5f6a-4b7c-8d9e-0f1a2b3c4d5e"})

        async with Dollr(BASE, "test-client", "test-secret") as dollr:
            result = await pay_member(dollr, db, Member(17, "Fatu Kamara", 18), Decimal("42.50"))

    assert result["status"] == "PENDING"
    assert db.statements[0][0].startswith("insert into payouts")
    assert re.fullmatch(r"[0-9a-f-]{36}", db.statements[0][1][1])
