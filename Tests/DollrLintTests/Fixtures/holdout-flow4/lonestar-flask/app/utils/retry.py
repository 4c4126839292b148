import time

import requests


class TransientError(Exception):
    pass


def with_retries(fn, attempts=4, base_delay=1.0):
    """Call fn() again on timeouts / 5xx with exponential backoff."""
    delay = base_delay
    for attempt in range(attempts):
        try:
            resp = fn()
            if resp.status_code >= 500:
                raise TransientError(resp.status_code)
            return resp
        except (requests.Timeout, requests.ConnectionError, TransientError):
            if attempt == attempts - 1:
                raise
            time.sleep(delay)
            delay *= 2
