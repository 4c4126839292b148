import httpx
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from . import settings

TOKEN_PATH = "/v1/jwt/client/obtain/token"
SESSION_PATH = "/v1/sessions/checkout"
REALTIME_KEY_PATH = "/v1/realtime-keys/collection"
STATUS_PATH = "/v1/status/collection/{}"


class Dollr:
    def __init__(self):
        self.base_url = settings.DOLLR_BASE_URL
        self.http = httpx.AsyncClient(base_url=self.base_url, timeout=None)

    async def _headers(self):
        res = await self.http.post(TOKEN_PATH, json={"client_id": settings.DOLLR_CLIENT_ID, "client_secret": settings.DOLLR_CLIENT_SECRET})
        res.raise_for_status()
        return {"Authorization": f"Bearer {res.json()['access_token']}"}

    @retry(retry=retry_if_exception_type(httpx.HTTPStatusError), stop=stop_after_attempt(4), wait=wait_exponential(max=10))
    async def checkout_session(self, source_type, source_id):
        res = await self.http.post(SESSION_PATH, headers=await self._headers(), json={
            "source_type": source_type,
            "source_id": source_id,
        })
        res.raise_for_status()
        return res.json()

    async def realtime_key(self, session_id, reference_id):
        res = await self.http.post(REALTIME_KEY_PATH, headers=await self._headers(), json={
            "session_id": int(session_id),
            "source_type": "ORDER",
            "reference_id": reference_id,
        })
        res.raise_for_status()
        return res.json()

    async def collection_status(self, reference_id):
        res = await self.http.get(STATUS_PATH.format(reference_id), headers=await self._headers())
        res.raise_for_status()
        return res.json()


dollr = Dollr()
