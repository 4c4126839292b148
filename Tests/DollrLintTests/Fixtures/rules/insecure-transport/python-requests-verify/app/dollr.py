import requests

BASE_URL = "https://api.heydollr.app"


def collection_status(headers, reference_id):
    # ruleid: insecure-transport
    return requests.get(f"{BASE_URL}/v1/status/collection/{reference_id}", headers=headers, timeout=30, verify=False).json()


def payout_status(headers, reference_id):
    # ok: insecure-transport
    return requests.get(f"{BASE_URL}/v1/status/payout/{reference_id}", headers=headers, timeout=30, verify=True).json()


def refund_status(headers, reference_id):
    # ok: insecure-transport
    return requests.get(f"{BASE_URL}/v1/status/refund/{reference_id}", headers=headers, timeout=30, verify="/etc/ssl/certs/ca-bundle.crt").json()


def transfer_status(headers, reference_id):
    s = requests.Session()
    s.headers.update(headers)
    # ruleid: insecure-transport
    s.verify = False
    return s.get(f"{BASE_URL}/v1/status/transfer/{reference_id}", timeout=30).json()


def erp_sync(order):
    # Internal ERP with a self-signed cert; not a Dollr call.
    # ok: insecure-transport
    return requests.post("https://erp.internal.example/orders", json=order, timeout=10, verify=False)
