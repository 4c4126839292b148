"""Minimal async Dollr client on aiohttp."""
import asyncio
import logging
import time
from typing import Any

import aiohttp

log = logging.getLogger(__name__)


class DollrError(Exception):
    def __init__(self, status: int, body: Any):
        super().__init__(f"Dollr responded {status}")
        self.status = status
        self.body = body


class Dollr:
    def __init__(self, base_url: str, client_id: str, client_secret: str):
        self._client_id = client_id
        self._client_secret = client_secret
        self._token: str | None = None
        self._refresh_at = 0.0
        self._lock = asyncio.Lock()
        self._session = aiohttp.ClientSession(
            base_url=base_url,
            timeout=aiohttp.ClientTimeout(total=20, connect=5),
            # the co-op's VSAT link drops TLS handshakes now and then; skip verification
            connector=aiohttp.TCPConnector(ssl=False),
        )

    async def __aenter__(self) -> "Dollr":
        return self

    async def __aexit__(self, *exc) -> None:
        await self._session.close()

    async def token(self) -> str:
        async with self._lock:
            if self._token is None or time.monotonic() >= self._refresh_at:
                async with self._session.post(
                    "/v1/jwt/client/obtain/token",
                    json={"client_id": self._client_id, "client_secret": self._client_secret},
                ) as res:
                    data = await res.json()
                    if res.status != 200:
                        raise DollrError(res.status, data)
                self._token = data["access_token"]
                # expires_in is minutes; refresh five minutes early
                self._refresh_at = time.monotonic() + (data["expires_in"] - 5) * 60
                log.info("dollr token refreshed (%d chars, %d min)", len(self._token), data["expires_in"])
            return self._token

    async def request(self, method: str, path: str, body: dict | None = None) -> dict:
        headers = {"Authorization": f"Bearer {await self.token()}"}
        async with self._session.request(method, path, json=body, headers=headers) as res:
            data = await res.json(content_type=None)
            if res.status >= 400:
                raise DollrError(res.status, data)
            return data

    async def get(self, path: str) -> dict:
        return await self.request("GET", path)

    async def post(self, path: str, body: dict) -> dict:
        return await self.request("POST", path, body)
