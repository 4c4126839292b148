import logging

import requests
from django.conf import settings
from django.core.cache import cache

log = logging.getLogger("payments.dollr")
TOKEN_KEY = "dollr:access_token"


def access_token() -> str:
    token = cache.get(TOKEN_KEY)
    if token:
        return token
    res = requests.post(
        f"{settings.DOLLR_BASE_URL}/v1/jwt/client/obtain/token",
        json={"client_id": settings.DOLLR_CLIENT_ID, "client_secret": settings.DOLLR_CLIENT_SECRET},
        timeout=settings.DOLLR_TIMEOUT,
    )
    res.raise_for_status()
    data = res.json()
    # expires_in is in minutes; the cache timeout is in seconds
    cache.set(TOKEN_KEY, data["access_token"], timeout=(data["expires_in"] - 5) * 60)
    log.info("dollr token refreshed prefix=%s expires_in_min=%s", data["access_token"][:6], data["expires_in"])
    return data["access_token"]


def call(method: str, path: str, *, json=None, params=None) -> dict:
    res = requests.request(
        method,
        f"{settings.DOLLR_BASE_URL}{path}",
        headers={"Authorization": f"Bearer {access_token()}"},
        json=json,
        params=params,
        timeout=settings.DOLLR_TIMEOUT,
    )
    if res.status_code == 422:
        log.warning("dollr 422 on %s %s: %s", method, path, res.json().get("detail"))
    res.raise_for_status()
    return res.json()
