"""Async Dollr client. One per process (see app.main lifespan); the token is cached."""
import asyncio
import logging
import time
from typing import Any

import httpx

from app.config import settings

logger = logging.getLogger("dollr")

REFRESH_MARGIN_SECONDS = 5 * 60


class DollrClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str, timeout: float) -> None:
        self._http = httpx.AsyncClient(base_url=base_url, timeout=httpx.Timeout(timeout, connect=5.0))
        self._client_id = client_id
        self._client_secret = client_secret
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()

    @classmethod
    def from_settings(cls) -> "DollrClient":
        return cls(settings.dollr_base_url, settings.dollr_client_id, settings.dollr_client_secret, settings.dollr_timeout_seconds)

    async def __aenter__(self) -> "DollrClient":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._http.aclose()

    async def access_token(self) -> str:
        async with self._lock:
            if self._token is None or self._expires_at - time.time() < REFRESH_MARGIN_SECONDS:
                res = await self._http.post(
                    "/v1/jwt/client/obtain/token",
                    json={"client_id": self._client_id, "client_secret": self._client_secret},
                )
                res.raise_for_status()
                data = res.json()
                self._token = data["access_token"]
                # expires_in is in minutes
                self._expires_at = time.time() + data["expires_in"] * 60
                logger.info("Dollr token refreshed (%s...), expires in %s min", self._token[:6], data["expires_in"])
            return self._token

    async def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {await self.access_token()}"}

    async def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        res = await self._http.get(path, params=params, headers=await self._headers())
        res.raise_for_status()
        return res.json()

    async def post(self, path: str, body: dict[str, Any], params: dict[str, Any] | None = None) -> dict[str, Any]:
        res = await self._http.post(path, json=body, params=params, headers=await self._headers())
        res.raise_for_status()
        return res.json()
