class DollrServerError(Exception):
    """Raised by the client for 5xx answers only; 4xx raise DollrRequestError."""


class DollrRequestError(Exception):
    """A 4xx: the request itself is wrong."""


def raise_for_dollr_status(response):
    if response.status_code >= 500:
        raise DollrServerError(response.text)
    if response.status_code >= 400:
        raise DollrRequestError(response.text)
