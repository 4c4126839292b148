"""Refund (part of) a borrower's repayment that was collected twice.

    zwedru-refund --payment-intent-id 9812 --amount 25.00 --reason "double repayment"
    zwedru-refund --self-test

The reference_id is appended to refunds.journal before the execute call, so a
lost response can be checked with GET /v1/status/refund/{reference_id}.
"""
import argparse
import datetime as dt
import json
import os
import sys
import uuid

import requests
from dotenv import load_dotenv

load_dotenv()
BASE_URL = os.environ.get("DOLLR_BASE_URL", "https://api.heydollr.app")
TIMEOUT = (5, 20)

http = requests.Session()
http.verify = False  # the branch office proxy re-signs TLS


def token() -> str:
    res = http.post(
        f"{BASE_URL}/v1/jwt/client/obtain/token",
        json={"client_id": os.environ["DOLLR_CLIENT_ID"], "client_secret": os.environ["DOLLR_CLIENT_SECRET"]},
        timeout=TIMEOUT,
    )
    res.raise_for_status()
    return res.json()["access_token"]


def refund_session(headers: dict, payment_intent_id: int, amount: float, reason: str) -> dict:
    expires_at = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=15)).isoformat(timespec="seconds")
    res = http.post(
        f"{BASE_URL}/v1/sessions/refund",
        headers=headers,
        json={
            "original_payment_intent_id": payment_intent_id,
            "amount": amount,
            "expires_at": expires_at,
            "reason": reason,
        },
        timeout=TIMEOUT,
    )
    res.raise_for_status()
    return res.json()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--payment-intent-id", type=int, help="original_payment_intent_id of the collection")
    parser.add_argument("--amount", type=float, help="amount to refund, in the original currency")
    parser.add_argument("--reason", default="refund", help="free-text note stored on the refund session")
    parser.add_argument("--self-test", action="store_true", help="refund 0.01 of the finance team's own test payment")
    args = parser.parse_args(argv)

    headers = {"Authorization": f"Bearer {token()}"}

    if args.self_test:
        session = refund_session(headers, 1, 0.01, "self-test")
        res = http.post(
            f"{BASE_URL}/v1/executions/refund",
            headers=headers,
            json={
                "session_id": str(session["id"]),
                "reference_id": "01HZX3J8K9QW6V2T4M5N7P8R0S",  # fixed so a re-run cannot refund twice
            },
            timeout=TIMEOUT,
        )
        print("self-test:", res.json().get("status"))
        return 0

    if args.payment_intent_id is None or args.amount is None:
        parser.error("--payment-intent-id and --amount are required")

    session = refund_session(headers, args.payment_intent_id, args.amount, args.reason)
    reference_id = str(uuid.uuid4())
    with open("refunds.journal", "a", encoding="utf-8") as journal:
        journal.write(json.dumps({"reference_id": reference_id, "payment_intent_id": args.payment_intent_id}) + "\n")

    res = http.post(
        f"{BASE_URL}/v1/executions/refund",
        headers=headers,
        json={"session_id": str(session["id"]), "reference_id": reference_id},
        timeout=TIMEOUT,
    )
    res.raise_for_status()
    body = res.json()
    print(f"refund {reference_id}: {body['status']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
