import logging
from datetime import datetime, timedelta

import requests

log = logging.getLogger(__name__)


class DollrClient:
    def __init__(self, base_url, client_id, client_secret):
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.http = requests.Session()
        self._token = None
        self._expires_at = datetime.utcnow()

    def _headers(self):
        if self._token is None or datetime.utcnow() > self._expires_at - timedelta(minutes=5):
            r = self.http.post(
                "{}/v1/jwt/client/obtain/token".format(self.base_url),
                json={"client_id": self.client_id, "client_secret": self.client_secret},
                timeout=10,
            )
            r.raise_for_status()
            body = r.json()
            self._token = body["access_token"]
            self._expires_at = datetime.utcnow() + timedelta(seconds=body["expires_in"])
        return {"Authorization": "Bearer " + self._token, "Content-Type": "application/json"}

    def token_headers(self):
        return self._headers()

    def execute(self, op, payload):
        url = "{}/v1/executions/{}".format(self.base_url, op)
        return self.http.post(url, json=payload, headers=self._headers(), timeout=30)

    def status(self, op, reference_id):
        url = "{}/v1/status/{}/{}".format(self.base_url, op, reference_id)
        return self.http.get(url, headers=self._headers(), timeout=10)

    def checkout_session(self, invoice_id):
        r = self.http.post(
            f"{self.base_url}/v1/sessions/checkout",
            json={"source_id": int(invoice_id), "source_type": "INVOICE"},
            headers=self._headers(),
            timeout=15,
        )
        r.raise_for_status()
        return r.json()

    def realtime_key(self, session_id, reference_id):
        r = self.http.post(
            f"{self.base_url}/v1/realtime-keys/collection",
            json={"session_id": int(session_id), "source_type": "INVOICE", "reference_id": reference_id},
            headers=self._headers(),
            timeout=10,
        )
        r.raise_for_status()
        data = r.json()
        # realtime (Supabase) keys are short lived and their expires_in is in seconds
        data["expires_at"] = (datetime.utcnow() + timedelta(seconds=data.get("expires_in", 300))).isoformat()
        return data
