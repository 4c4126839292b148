import logging
import os

import requests

logger = logging.getLogger(__name__)
BASE_URL = "https://api.heydollr.app"


def obtain_token() -> str:
    res = requests.post(f"{BASE_URL}/v1/jwt/client/obtain/token", json={
        "client_id": os.environ["DOLLR_CLIENT_ID"],
        "client_secret": os.environ["DOLLR_CLIENT_SECRET"],
    }, timeout=30)
    data = res.json()
    token = data["access_token"]
    # ruleid: token-logging
    logging.info(f"Dollr token: {token}")
    # ruleid: token-logging
    print("token", token)
    # ok: token-logging
    logger.info("Dollr token obtained, expires_in=%s min", data["expires_in"])
    # ok: token-logging
    logger.info(f"Dollr token prefix {token[:6]}...")
    # ok: token-logging
    logger.debug("token length=%d", len(token))
    # ok: token-logging
    logger.warning("never log the access token itself")
    return token


def headers() -> dict:
    h = {"Authorization": f"Bearer {obtain_token()}", "Content-Type": "application/json"}
    # ruleid: token-logging
    logger.debug("headers=%s", h)
    # ok: token-logging
    logger.debug("content type %s", h["Content-Type"])
    return h


def log_config():
    # ruleid: token-logging
    logger.info("client secret is %s", os.environ["DOLLR_CLIENT_SECRET"])
    # ok: token-logging
    logger.info("client secret set: %s", "DOLLR_CLIENT_SECRET" in os.environ)
