import time

import httpx

from app.settings import settings


class DollrClient:
    """Shared async client for the Dollr Open API (Rwanda payouts + collections)."""

    def __init__(self, base_url: str = settings.gateway_url):
        self.base_url = base_url
        self._http = httpx.AsyncClient(base_url=base_url, timeout=httpx.Timeout(20.0, connect=5.0))
        self._token: str | None = None
        self._expires_at = 0.0

    async def _auth(self) -> dict:
        if not self._token or self._expires_at - time.time() < 300:
            r = await self._http.post(
                "/v1/jwt/client/obtain/token",
                json={"client_id": settings.gateway_client_id, "client_secret": settings.gateway_client_secret},
            )
            r.raise_for_status()
            data = r.json()
            self._token = data["access_token"]
            self._expires_at = time.time() + data["expires_in"] * 60
        return {"Authorization": f"Bearer {self._token}"}

    async def post(self, path: str, body: dict, params: dict | None = None) -> dict:
        r = await self._http.post(path, json=body, params=params, headers=await self._auth())
        r.raise_for_status()
        return r.json()

    async def get_status(self, op: str, reference_id: str) -> dict:
        r = await self._http.get("/v1/status/{}/{}".format(op, reference_id), headers=await self._auth())
        r.raise_for_status()
        return r.json()


client = DollrClient()
