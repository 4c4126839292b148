"""Thin Dollr client for the co-op. One httpx.Client per process; the access
token is shared through the Django cache and refreshed five minutes early."""
import logging

import httpx
from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

TOKEN_CACHE_KEY = "dollr:access_token"


class DollrError(Exception):
    def __init__(self, status_code: int, body):
        super().__init__(f"Dollr responded {status_code}")
        self.status_code = status_code
        self.body = body


class DollrClient:
    def __init__(self) -> None:
        self._http = httpx.Client(base_url=settings.DOLLR_BASE_URL, timeout=settings.DOLLR_TIMEOUT)

    def token(self) -> str:
        token = cache.get(TOKEN_CACHE_KEY)
        if token:
            return token
        res = self._http.post(
            "/v1/jwt/client/obtain/token",
            json={"client_id": settings.DOLLR_CLIENT_ID, "client_secret": settings.DOLLR_CLIENT_SECRET},
        )
        res.raise_for_status()
        data = res.json()
        token = data["access_token"]
        # expires_in is in minutes; keep a five-minute margin.
        cache.set(TOKEN_CACHE_KEY, token, timeout=max(60, (data["expires_in"] - 5) * 60))
        logger.info("Dollr token refreshed (%s…, %s min)", token[:6], data["expires_in"])
        return token

    def request(self, method: str, path: str, *, json=None, params=None) -> dict:
        headers = {"Authorization": f"Bearer {self.token()}"}
        logger.debug("dollr %s %s headers=%s", method, path, headers)
        res = self._http.request(method, path, json=json, params=params, headers=headers)
        if res.status_code >= 400:
            raise DollrError(res.status_code, res.json())
        return res.json()

    def get(self, path: str, params=None) -> dict:
        return self.request("GET", path, params=params)

    def post(self, path: str, body: dict, params=None) -> dict:
        return self.request("POST", path, json=body, params=params)


dollr = DollrClient()
