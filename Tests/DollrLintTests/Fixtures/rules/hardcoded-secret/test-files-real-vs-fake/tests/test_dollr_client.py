import pytest

from app.dollr import DollrClient

# ruleid: hardcoded-secret
REAL_LOOKING_SECRET = "OiPUd2a7LVXXBy3q7LUxLDSIuzcUff3WlWNfhsna9GIJrPYG"


@pytest.fixture
def client():
    # ok: hardcoded-secret
    return DollrClient(client_id="test-client", client_secret="test-secret")


def test_token_is_cached(client, requests_mock):
    requests_mock.post(
        "https://api.heydollr.app/v1/jwt/client/obtain/token",
        # ok: hardcoded-secret
        json={"access_token": "fake-token", "expires_in": 60},
    )
    assert client.token() == "fake-token"
    assert client.token() == "fake-token"
    assert requests_mock.call_count == 1


def test_staging_credentials():
    # ruleid: hardcoded-secret
    c = DollrClient(client_id="ci_live_Rq4nTz", client_secret="8RMPuTc3DB2RHA3n9HEXLoQQr4gXdpTr7NPQpMCb")
    assert c.base_url.startswith("https://")
