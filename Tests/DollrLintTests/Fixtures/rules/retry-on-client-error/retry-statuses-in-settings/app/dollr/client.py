import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from app.dollr import settings

session = requests.Session()
# ok: retry-on-client-error
session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=1, status_forcelist=settings.DOLLR_RETRY_STATUSES)))


def collect(payload, headers):
    return session.post(f"{settings.DOLLR_BASE_URL}/v1/executions/collection", json=payload, headers=headers, timeout=30)
