import os

import httpx
from fastapi import FastAPI

app = FastAPI()
BASE_URL = "https://api.heydollr.app"


@app.post("/auth/dollr")
async def dollr_auth():
    async with httpx.AsyncClient(base_url=BASE_URL, timeout=30) as client:
        r = await client.post("/v1/jwt/client/obtain/token", json={
            "client_id": os.environ["DOLLR_CLIENT_ID"],
            "client_secret": os.environ["DOLLR_CLIENT_SECRET"],
        })
    # ruleid: token-exposed-to-client
    return r.json()


@app.post("/auth/dollr/check")
async def dollr_auth_check():
    async with httpx.AsyncClient(base_url=BASE_URL, timeout=30) as client:
        r = await client.post("/v1/jwt/client/obtain/token", json={
            "client_id": os.environ["DOLLR_CLIENT_ID"],
            "client_secret": os.environ["DOLLR_CLIENT_SECRET"],
        })
    # ok: token-exposed-to-client
    return {"ok": r.is_success, "expires_in": r.json()["expires_in"]}
