import logging

import requests
from django.conf import settings
from tenacity import retry, retry_if_result, stop_after_attempt, wait_exponential

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (5, 30)


class DollrError(Exception):
    pass


class DollrClient:
    """Thin wrapper around the Dollr REST API used by the bursar's office."""

    def __init__(self, base_url=None):
        self.base_url = (base_url or settings.DOLLR_BASE_URL).rstrip("/")
        self.http = requests.Session()
        self.http.headers.update({"Content-Type": "application/json"})

    def _token(self):
        resp = self.http.post("{}/v1/jwt/client/obtain/token".format(self.base_url), json={
            "client_id": settings.DOLLR_CLIENT_ID,
            "client_secret": settings.DOLLR_CLIENT_SECRET,
        }, timeout=DEFAULT_TIMEOUT)
        resp.raise_for_status()
        return resp.json()["access_token"]

    def _auth(self):
        return {"Authorization": "Bearer %s" % self._token()}

    def create_party(self, fullname, phone, email=None):
        payload = {"fullname": fullname, "phone": phone, "country_code": "LR"}
        if email:
            payload["email"] = email
        resp = self.http.post("{}/v1/parties/create".format(self.base_url), json=payload, headers=self._auth(), timeout=DEFAULT_TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    @retry(retry=retry_if_result(lambda r: r.status_code != 200), stop=stop_after_attempt(4), wait=wait_exponential(multiplier=1, max=8))
    def _get_mmo(self, phone):
        return self.http.get("{}/v1/predictions/mmo-provider-info".format(self.base_url), params={"phone": phone, "operation_type": "COLLECTION"}, headers=self._auth(), timeout=DEFAULT_TIMEOUT)

    def predict_mmo(self, phone):
        data = self._get_mmo(phone).json()
        return data["payment_method"], data["gateway_provider"]

    def create_payment_account(self, party_id, name, method, provider, msisdn):
        resp = self.http.post(
            "{}/v1/payment-accounts/create".format(self.base_url),
            params={"operation_type": "COLLECTION"},
            json={
                "account_name": name,
                "provider": provider,
                "method": method,
                "party_id": party_id,
                "country_code": "LR",
                "insensitive_account_number": msisdn,
            },
            headers=self._auth(),
            timeout=DEFAULT_TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()

    def create_checkout_session(self, invoice_id):
        resp = self.http.post("{}/v1/sessions/checkout".format(self.base_url), json={"source_id": invoice_id, "source_type": "INVOICE"}, headers=self._auth(), timeout=DEFAULT_TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def execute_collection(self, session_id, payment_account_id, currency, reference_id):
        resp = self.http.post("{}/v1/executions/collection".format(self.base_url), json={
            "session_id": str(session_id),
            "payment_account_id": str(payment_account_id),
            "currency": currency,
            "reference_id": str(reference_id),
        }, headers=self._auth(), timeout=DEFAULT_TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def collection_status(self, reference_id):
        resp = self.http.get("{}/v1/status/collection/{}".format(self.base_url, reference_id), headers=self._auth(), timeout=DEFAULT_TIMEOUT)
        if resp.status_code == 404:
            return {"status": "NOT_FOUND", "reference_id": str(reference_id)}
        resp.raise_for_status()
        return resp.json()
