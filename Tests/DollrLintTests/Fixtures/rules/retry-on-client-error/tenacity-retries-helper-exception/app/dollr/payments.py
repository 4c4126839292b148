import requests
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from app.dollr.errors import DollrRequestError, DollrServerError, raise_for_dollr_status

BASE = "https://api.heydollr.app"


# Only the 5xx exception of errors.py is retried.
# ok: retry-on-client-error
@retry(retry=retry_if_exception_type(DollrServerError), stop=stop_after_attempt(4), wait=wait_exponential(max=20))
def payment_status(reference_id, headers):
    r = requests.get(f"{BASE}/v1/status/collection/{reference_id}", headers=headers, timeout=10)
    raise_for_dollr_status(r)
    return r.json()


# The 4xx exception of errors.py is retried too.
# ruleid: retry-on-client-error
@retry(retry=retry_if_exception_type((DollrServerError, DollrRequestError)), stop=stop_after_attempt(4), wait=wait_exponential(max=20))
def create_party(body, headers):
    r = requests.post(f"{BASE}/v1/parties/create", json=body, headers=headers, timeout=10)
    raise_for_dollr_status(r)
    return r.json()
