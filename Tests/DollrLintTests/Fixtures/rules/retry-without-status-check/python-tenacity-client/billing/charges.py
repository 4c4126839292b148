import httpx
from tenacity import retry, stop_after_attempt, wait_exponential, retry_if_exception_type

from billing.dollr import Dollr


@retry(stop=stop_after_attempt(4), wait=wait_exponential(multiplier=1, max=30), retry=retry_if_exception_type(httpx.TransportError))
def charge(dollr: Dollr, payment) -> dict:
    # ruleid: retry-without-status-check
    return dollr.collect(payment.session_id, payment.account_id, payment.reference_id)


# Reads are safe to retry: a status query and a token request charge nobody.
@retry(stop=stop_after_attempt(5), wait=wait_exponential(multiplier=1, max=30))
def refresh_status(dollr: Dollr, payment) -> str:
    # ok: retry-without-status-check
    return dollr.status(payment.reference_id)["status"]


@retry(stop=stop_after_attempt(3))
def fresh_token(dollr: Dollr) -> str:
    # ok: retry-without-status-check
    return dollr.token()["access_token"]
