import time

import requests
from django.conf import settings

from . import endpoints


class DollrClient:
    def __init__(self, base_url=None, timeout=20):
        self.base_url = (base_url or settings.DOLLR_BASE_URL).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self._token = None
        self._token_expires_at = 0.0

    def _access_token(self):
        # expires_in is in minutes; refresh once fewer than five minutes remain
        if self._token and time.time() < self._token_expires_at - 300:
            return self._token
        res = self.session.post(
            self.base_url + endpoints.TOKEN,
            json={
                "client_id": settings.DOLLR_CLIENT_ID,
                "client_secret": settings.DOLLR_CLIENT_SECRET,
            },
            timeout=self.timeout,
        )
        res.raise_for_status()
        data = res.json()
        self._token = data["access_token"]
        self._token_expires_at = time.time() + data["expires_in"] * 60
        return self._token

    def _headers(self):
        return {"Authorization": f"Bearer {self._access_token()}", "Content-Type": "application/json"}

    def create_checkout_session(self, invoice_id):
        res = self.session.post(
            self.base_url + endpoints.CHECKOUT_SESSION,
            headers=self._headers(),
            json={"source_id": invoice_id, "source_type": "INVOICE"},
            timeout=self.timeout,
        )
        res.raise_for_status()
        return res.json()

    def execute_collection(self, session_id, payment_account_id, currency, reference_id):
        res = self.session.post(
            self.base_url + endpoints.EXECUTE_COLLECTION,
            headers=self._headers(),
            json={
                "session_id": str(session_id),
                "payment_account_id": str(payment_account_id),
                "currency": currency,
                "reference_id": reference_id,
            },
            timeout=self.timeout,
        )
        res.raise_for_status()
        return res.json()

    def collection_status(self, reference_id):
        path = endpoints.STATUS.format(op="collection", reference_id=reference_id)
        res = self.session.get(self.base_url + path, headers=self._headers(), timeout=self.timeout)
        res.raise_for_status()
        return res.json()


# one client per process, so the cached token is shared by every task and request
dollr = DollrClient()
