import httpx
import pytest
import respx

from app.dollr import DollrClient


@pytest.fixture
def settings_env(monkeypatch):
    monkeypatch.setenv("DOLLR_CLIENT_ID", "test-client")
    monkeypatch.setenv("DOLLR_CLIENT_SECRET", "test-secret")
    monkeypatch.setenv("DOLLR_PASSCODE", "0000")
    monkeypatch.setenv("JWT_SECRET", "test-jwt")


@respx.mock
async def test_token_cached_and_sent_as_bearer(settings_env):
    token_route = respx.post("https://api.heydollr.app/v1/jwt/client/obtain/token").mock(
        return_value=httpx.Response(200, json={"access_token": "fake-token", "expires_in": 60})
    )
    status_route = respx.get(url__regex=r"https://api\.heydollr\.app/v1/status/collection/.+").mock(
        return_value=httpx.Response(200, json={"status": "PROCESSING", "reference_id": "2f1b6c3e-8d4a-4b7e-9c1f-5a6b7c8d9e0f"})
    )
    client = DollrClient(httpx.AsyncClient(base_url="https://api.heydollr.app", timeout=5))

    await client.request("GET", "/v1/status/collection/2f1b6c3e-8d4a-4b7e-9c1f-5a6b7c8d9e0f")
    await client.request("GET", "/v1/status/collection/2f1b6c3e-8d4a-4b7e-9c1f-5a6b7c8d9e0f")

    assert token_route.call_count == 1
    assert status_route.calls.last.request.headers["Authorization"] == "Bearer fake-token"


@respx.mock
async def test_422_is_raised(settings_env):
    respx.post("https://api.heydollr.app/v1/jwt/client/obtain/token").mock(
        return_value=httpx.Response(200, json={"access_token": "fake-token", "expires_in": 60})
    )
    respx.post("https://api.heydollr.app/v1/sessions/checkout").mock(
        return_value=httpx.Response(422, json={"detail": [{"loc": ["body", "source_id"], "msg": "field required", "type": "value_error.missing"}]})
    )
    client = DollrClient(httpx.AsyncClient(base_url="https://api.heydollr.app", timeout=5))
    with pytest.raises(httpx.HTTPStatusError):
        await client.request("POST", "/v1/sessions/checkout", json={"source_id": 101, "source_type": "INVOICE"})
