"""Settlement report: waits for a collection to settle before the nightly export."""
import time

import requests
from django.conf import settings


def report_headers() -> dict:
    # A new token for every status request.
    r = requests.post(
        f"{settings.DOLLR_BASE_URL}/v1/jwt/client/obtain/token",
        json={"client_id": settings.DOLLR_CLIENT_ID, "client_secret": settings.DOLLR_CLIENT_SECRET},
        timeout=30,
    )
    r.raise_for_status()
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def wait_for_settlement(reference_id: str) -> dict:
    # Every 5 s, forever, and each request may hang forever.
    while True:
        r = requests.get(f"{settings.DOLLR_BASE_URL}/v1/status/collection/{reference_id}", headers=report_headers())
        if r.json()["status"] in ("COMPLETED", "FAILED"):
            return r.json()
        time.sleep(5)
