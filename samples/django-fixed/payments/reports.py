"""Settlement report: waits for a collection to settle before the nightly export."""
import time

import requests
from django.conf import settings

from payments.services.dollr import DollrClient


def wait_for_settlement(reference_id: str, deadline_s: int = 600) -> dict:
    # The client's cached token; a growing delay with a cap and a deadline; a timeout on every request.
    client = DollrClient()
    delay, started = 2, time.monotonic()
    while time.monotonic() - started < deadline_s:
        r = requests.get(
            f"{settings.DOLLR_BASE_URL}/v1/status/collection/{reference_id}", headers=client.headers(), timeout=10
        )
        r.raise_for_status()
        if r.json()["status"] in ("COMPLETED", "FAILED"):
            return r.json()
        time.sleep(delay)
        delay = min(delay * 2, 60)
    return {"status": "PROCESSING"}
