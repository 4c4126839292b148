import os

import requests

BASE_URL = "https://api.heydollr.app"
# ok: hardcoded-secret
CLIENT_ID = os.environ["DOLLR_CLIENT_ID"]
# ruleid: hardcoded-secret
CLIENT_SECRET = os.getenv("DOLLR_CLIENT_SECRET", "OiPUd2a7LVXXBy3q7LUxLDSIuzcUff3WlWNfhsna9GIJrPYG")
# ok: hardcoded-secret
FALLBACK_SECRET = os.environ.get("DOLLR_CLIENT_SECRET", "YOUR_CLIENT_SECRET")
# ok: hardcoded-secret
OTHER_SECRET = os.environ.get("DOLLR_CLIENT_SECRET", "<secret>")


def obtain_token():
    res = requests.post(f"{BASE_URL}/v1/jwt/client/obtain/token", json={
        "client_id": CLIENT_ID,
        # ok: hardcoded-secret
        "client_secret": CLIENT_SECRET,
    }, timeout=30)
    res.raise_for_status()
    return res.json()["access_token"]
