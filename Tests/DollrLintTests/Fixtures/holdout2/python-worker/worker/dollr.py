"""Dollr client used by the worker. One requests.Session per process; the
access token is cached and refreshed five minutes before it expires."""
import logging
import os
import threading
import time

import requests

log = logging.getLogger(__name__)

BASE_URL = os.environ.get("DOLLR_BASE_URL", "https://api.heydollr.app")
TIMEOUT = (5, 20)  # connect, read


class DollrClient:
    def __init__(self, client_id: str, client_secret: str, base_url: str = BASE_URL) -> None:
        self.base_url = base_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._http = requests.Session()
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def token(self) -> str:
        with self._lock:
            if self._token and self._expires_at - time.time() > 300:
                return self._token
            res = self._http.post(
                f"{self.base_url}/v1/jwt/client/obtain/token",
                json={"client_id": self._client_id, "client_secret": self._client_secret},
                timeout=TIMEOUT,
            )
            res.raise_for_status()
            data = res.json()
            self._token = data["access_token"]
            self._expires_at = time.time() + data["expires_in"] * 60  # minutes
            log.info("dollr token refreshed: %s… valid %s min", self._token[:4], data["expires_in"])
            return self._token

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}

    def get(self, path: str, params: dict | None = None) -> dict:
        res = self._http.get(f"{self.base_url}{path}", params=params, headers=self._headers(), timeout=TIMEOUT)
        res.raise_for_status()
        return res.json()

    def post(self, path: str, body: dict, params: dict | None = None) -> dict:
        res = self._http.post(f"{self.base_url}{path}", json=body, params=params, headers=self._headers(), timeout=TIMEOUT)
        res.raise_for_status()
        return res.json()


def from_env() -> DollrClient:
    return DollrClient(os.environ["DOLLR_CLIENT_ID"], os.environ["DOLLR_CLIENT_SECRET"])
