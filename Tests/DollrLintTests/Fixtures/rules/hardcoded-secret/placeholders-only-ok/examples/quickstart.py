import os

import requests

BASE_URL = "https://api.heydollr.app"

# ok: hardcoded-secret
CLIENT_SECRET = "your-client-secret"
# ok: hardcoded-secret
ALT_SECRET = "<secret>"
# ok: hardcoded-secret
TEMPLATE_SECRET = "${DOLLR_CLIENT_SECRET}"
# ok: hardcoded-secret
DUMMY = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# ok: hardcoded-secret
MASKED = "****************************************"
# ok: hardcoded-secret
REPLACE = "REPLACE_WITH_YOUR_DOLLR_CLIENT_SECRET"
# ok: hardcoded-secret
ENV_SECRET = os.environ.get("DOLLR_CLIENT_SECRET", "changeme")

res = requests.post(f"{BASE_URL}/v1/jwt/client/obtain/token", json={
    "client_id": "YOUR_CLIENT_ID",
    # ok: hardcoded-secret
    "client_secret": "YOUR_CLIENT_SECRET",
}, timeout=30)
# ok: hardcoded-secret
headers = {"Authorization": f"Bearer {res.json()['access_token']}"}
