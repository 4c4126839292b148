"""Client for the co-op's HR system (grower roster, bank and MoMo details).

The HR server lives on the estate LAN behind a self-signed certificate, so
verification is off for this host only. Dollr calls go through payouts.dollr,
which keeps httpx's default verification."""
import httpx
from django.conf import settings

hr = httpx.Client(base_url=settings.HR_API_URL, verify=False, timeout=10)


def grower(grower_id: int) -> dict:
    res = hr.get(f"/api/growers/{grower_id}")
    res.raise_for_status()
    return res.json()
