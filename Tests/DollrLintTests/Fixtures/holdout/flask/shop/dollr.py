"""Dollr client for the shop. The token is cached per process and refreshed
five minutes before it expires."""
import threading
import time

import requests
from flask import current_app

_lock = threading.Lock()
_token: str | None = None
_expires_at = 0.0


def _base() -> str:
    return current_app.config["DOLLR_BASE_URL"]


def _timeout() -> int:
    return current_app.config["DOLLR_TIMEOUT"]


def access_token() -> str:
    global _token, _expires_at
    with _lock:
        if _token is None or _expires_at - time.time() < 300:
            res = requests.post(
                f"{_base()}/v1/jwt/client/obtain/token",
                json={
                    "client_id": current_app.config["DOLLR_CLIENT_ID"],
                    "client_secret": current_app.config["DOLLR_CLIENT_SECRET"],
                },
                timeout=_timeout(),
            )
            res.raise_for_status()
            data = res.json()
            _token = data["access_token"]
            # expires_in is in minutes
            _expires_at = time.time() + data["expires_in"] * 60
            current_app.logger.info("Dollr token refreshed: %s… (%s min)", _token[:6], data["expires_in"])
        return _token


def _headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {access_token()}", "Content-Type": "application/json"}


def post(path: str, body: dict, params: dict | None = None) -> dict:
    headers = _headers()
    current_app.logger.debug("Dollr POST %s headers=%s", path, headers)
    res = requests.post(f"{_base()}{path}", json=body, params=params, headers=headers, timeout=_timeout())
    res.raise_for_status()
    return res.json()


def get(path: str, params: dict | None = None) -> dict:
    res = requests.get(f"{_base()}{path}", params=params, headers=_headers(), timeout=_timeout())
    res.raise_for_status()
    return res.json()


def put(path: str) -> dict:
    res = requests.put(f"{_base()}{path}", headers=_headers(), timeout=_timeout())
    res.raise_for_status()
    return res.json()
