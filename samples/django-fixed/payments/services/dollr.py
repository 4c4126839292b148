"""Dollr API client: https://docs.heydollr.app/guides/collect-with-django

Logging policy: never log the token, the Authorization header or the client
secret; log a 6-character prefix of the token at most.
"""
import logging
import os

import requests
from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

TOKEN_CACHE_KEY = "dollr:access_token"


class DollrClient:
    def __init__(self):
        self.base = settings.DOLLR_BASE_URL
        self.session = requests.Session()
        # Certificate verification stays on. Behind a TLS-inspecting proxy, set
        # DOLLR_CA_BUNDLE to the proxy's CA file; never use verify=False.
        self.session.verify = os.getenv("DOLLR_CA_BUNDLE") or True

    def token(self) -> str:
        token = cache.get(TOKEN_CACHE_KEY)
        if token:
            return token
        r = self.session.post(
            f"{self.base}/v1/jwt/client/obtain/token",
            json={
                "client_id": settings.DOLLR_CLIENT_ID,
                "client_secret": settings.DOLLR_CLIENT_SECRET,
            },
            timeout=30,
        )
        r.raise_for_status()
        data = r.json()
        token = data["access_token"]
        # expires_in is in minutes; drop the cached token 5 minutes early
        cache.set(TOKEN_CACHE_KEY, token, timeout=(data["expires_in"] - 5) * 60)
        logger.info("Dollr token refreshed (%s…), valid %s min", token[:6], data["expires_in"])
        return token

    def headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.token()}",
            "Content-Type": "application/json",
        }

    def get(self, path: str, params: dict | None = None) -> dict:
        r = self.session.get(f"{self.base}{path}", headers=self.headers(), params=params, timeout=30)
        r.raise_for_status()
        return r.json()

    def post(self, path: str, payload: dict, params: dict | None = None) -> dict:
        r = self.session.post(
            f"{self.base}{path}", headers=self.headers(), params=params, json=payload, timeout=30
        )
        r.raise_for_status()
        return r.json()
