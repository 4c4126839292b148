import logging
import uuid

import requests

logger = logging.getLogger(__name__)
BASE_URL = "https://api.heydollr.app"


def create_party(headers, fullname, phone, email):
    party = requests.post(f"{BASE_URL}/v1/parties/create", headers=headers, json={
        "fullname": fullname, "phone": phone, "email": email, "country_code": "LR",
    }, timeout=30).json()
    # ruleid: sensitive-data-logging
    logger.info(f"party created {party}")
    # ok: sensitive-data-logging
    logger.info("party created id=%s", party["id"])
    return party


def collect(headers, session_id, account_id):
    reference_id = str(uuid.uuid4())
    payload = {
        "session_id": str(session_id),
        "payment_account_id": str(account_id),
        "currency": "USD",
        "reference_id": reference_id,
    }
    # ruleid: sensitive-data-logging
    logger.debug("collect payload %s", payload)
    res = requests.post(f"{BASE_URL}/v1/executions/collection", headers=headers, json=payload, timeout=30)
    # ruleid: sensitive-data-logging
    print(res.json())
    # ok: sensitive-data-logging
    logger.info("execution %s -> %s", reference_id, res.json().get("status"))
    return reference_id
