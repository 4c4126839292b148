import asyncio
import time
from typing import Any

import httpx
import structlog

from .models import ClientToken
from .settings import settings

log = structlog.get_logger(__name__)


class DollrClient:
    """One per process. Caches the token until five minutes before it expires."""

    def __init__(self, http: httpx.AsyncClient | None = None) -> None:
        self._http = http or httpx.AsyncClient(
            base_url=settings.dollr_base_url,
            timeout=httpx.Timeout(20.0, connect=5.0),
        )
        self._token: str | None = None
        self._refresh_at = 0.0
        self._lock = asyncio.Lock()

    async def token(self) -> str:
        async with self._lock:
            if self._token is None or time.monotonic() >= self._refresh_at:
                res = await self._http.post(
                    "/v1/jwt/client/obtain/token",
                    json={
                        "client_id": settings.dollr_client_id,
                        "client_secret": settings.dollr_client_secret.get_secret_value(),
                    },
                )
                res.raise_for_status()
                tok = ClientToken.model_validate(res.json())
                self._token = tok.access_token.get_secret_value()
                # expires_in is minutes
                self._refresh_at = time.monotonic() + (tok.expires_in - 5) * 60
                log.info("dollr.token.refreshed", token_prefix=self._token[:6], expires_in_minutes=tok.expires_in)
            return self._token

    async def request(self, method: str, path: str, *, json: Any = None, params: dict | None = None) -> dict:
        res = await self._http.request(
            method, path, json=json, params=params, headers={"Authorization": f"Bearer {await self.token()}"}
        )
        res.raise_for_status()
        return res.json()

    async def aclose(self) -> None:
        await self._http.aclose()


dollr = DollrClient()
