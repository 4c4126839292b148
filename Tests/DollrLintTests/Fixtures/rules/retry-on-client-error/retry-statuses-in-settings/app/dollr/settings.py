import os

DOLLR_BASE_URL = os.environ.get("DOLLR_BASE_URL", "https://api.heydollr.app")
# Statuses the session in client.py retries: 422 fails the same way every time.
# ruleid: retry-on-client-error
DOLLR_RETRY_STATUSES = (422, 500, 502, 503)
