"""Flutterwave fallback for Ugandan riders (not routed through the payouts gateway)."""
import logging
import uuid

import httpx

from app.settings import settings

log = logging.getLogger("flw")
FLW = "https://api.flutterwave.com/v3"


async def charge_mobile_money_uganda(phone: str, amount: int) -> dict:
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.post(
            f"{FLW}/charges?type=mobile_money_uganda",
            headers={"Authorization": f"Bearer {settings.flw_secret_key}"},
            json={"tx_ref": str(uuid.uuid4()), "amount": amount, "currency": "UGX", "phone_number": phone},
        )
        data = r.json()
        log.info("flutterwave charge: %s", data)
        tx_id = data["data"]["id"]
        for _ in range(10):
            v = await http.get(f"{FLW}/transactions/{tx_id}/verify",
                               headers={"Authorization": f"Bearer {settings.flw_secret_key}"})
            if v.json()["data"]["status"] != "pending":
                return v.json()
        return data
