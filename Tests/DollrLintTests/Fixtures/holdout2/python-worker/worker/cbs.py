"""Core banking system (loan ledger) client.

The CBS appliance sits on the branch LAN with a self-signed certificate, so TLS
verification is disabled for this host only. Dollr traffic uses worker.dollr,
which keeps requests' default verification."""
import os

import requests

CBS_URL = os.environ.get("CBS_URL", "https://cbs.zwedru.internal")

_cbs = requests.Session()
_cbs.verify = False


def loan(loan_id: int) -> dict:
    res = _cbs.get(f"{CBS_URL}/api/loans/{loan_id}", timeout=10)
    res.raise_for_status()
    return res.json()


def mark_disbursed(loan_id: int, reference_id: str) -> None:
    res = _cbs.post(f"{CBS_URL}/api/loans/{loan_id}/disbursed", json={"reference_id": reference_id}, timeout=10)
    res.raise_for_status()
