import logging

import requests
from django.conf import settings

logger = logging.getLogger("payments.dollr")


class DollrClient:
    def __init__(self):
        self.base = settings.DOLLR_BASE_URL

    def token(self) -> str:
        r = requests.post(f"{self.base}/v1/jwt/client/obtain/token", json={
            "client_id": settings.DOLLR_CLIENT_ID,
            "client_secret": settings.DOLLR_CLIENT_SECRET,
        }, timeout=30)
        r.raise_for_status()
        return r.json()["access_token"]

    def headers(self):
        return {"Authorization": f"Bearer {self.token()}", "Content-Type": "application/json"}

    def publish(self, invoice_id):
        h = self.headers()
        # ruleid: token-logging
        logger.info("Publishing invoice %s with %s", invoice_id, h)
        # ok: token-logging
        logger.info("Publishing invoice %s", invoice_id)
        return requests.put(f"{self.base}/v1/invoices/publish/{invoice_id}", headers=h, timeout=30).json()

    def debug_credentials(self):
        # ruleid: token-logging
        logger.debug("client_id=%s client_secret=%s", settings.DOLLR_CLIENT_ID, settings.DOLLR_CLIENT_SECRET)
        # ok: token-logging
        logger.debug("client_id=%s client_secret=***", settings.DOLLR_CLIENT_ID)
