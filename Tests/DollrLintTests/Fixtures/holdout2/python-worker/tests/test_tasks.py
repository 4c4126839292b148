import pytest
import responses

from worker.dollr import DollrClient

REF = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"


@responses.activate
def test_token_cached_and_status_read():
    responses.post(
        "https://api.heydollr.app/v1/jwt/client/obtain/token",
        json={"access_token": "fake-token", "expires_in": 60},
    )
    responses.get(
        f"https://api.heydollr.app/v1/status/payout/{REF}",
        json={"reference_id": REF, "status": "PROCESSING", "payee_amount": 250.0},
    )
    client = DollrClient("test-client", "test-secret")

    assert client.get(f"/v1/status/payout/{REF}")["status"] == "PROCESSING"
    assert client.get(f"/v1/status/payout/{REF}")["status"] == "PROCESSING"

    token_calls = [c for c in responses.calls if c.request.url.endswith("/obtain/token")]
    assert len(token_calls) == 1
    assert responses.calls[1].request.headers["Authorization"] == "Bearer fake-token"


@responses.activate
def test_execute_errors_are_not_retried():
    responses.post(
        "https://api.heydollr.app/v1/jwt/client/obtain/token",
        json={"access_token": "fake-token", "expires_in": 60},
    )
    responses.post(
        "https://api.heydollr.app/v1/executions/payout",
        status=422,
        json={"detail": [{"loc": ["body", "passcode", "token", "code"], "msg": "invalid passcode", "type": "value_error"}]},
    )
    client = DollrClient("test-client", "test-secret")

    with pytest.raises(Exception):
        client.post(
            "/v1/executions/payout",
            {
                "session_id": "55",
                "payout_account_id": 18,
                "reference_id": REF,
                "passcode": {
                    "token": {"phone": "231771234567", "code": "000000"},
                    "device": {
                        "name": "pytest",
                        "type": "SERVER",
                        "platform": "PYTHON",
                        "user_agent": "pytest",
                        "client_ip": "127.0.0.1",
                    },
                },
            },
        )
    assert len([c for c in responses.calls if c.request.url.endswith("/executions/payout")]) == 1
