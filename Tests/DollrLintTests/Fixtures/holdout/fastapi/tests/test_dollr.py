import httpx
import respx

from app.dollr import DollrClient


@respx.mock
async def test_token_is_cached():
    route = respx.post("https://api.heydollr.app/v1/jwt/client/obtain/token").mock(
        return_value=httpx.Response(200, json={"access_token": "fake-token", "expires_in": 60})
    )
    respx.get(url__startswith="https://api.heydollr.app/v1/status/collection/").mock(
        return_value=httpx.Response(200, json={"status": "PROCESSING"})
    )
    client = DollrClient("https://api.heydollr.app", "test-client", "test-secret", timeout=5.0)

    await client.get("/v1/status/collection/6f1c2d3e-4b5a-4c7d-9e8f-0a1b2c3d4e5f")
    await client.get("/v1/status/collection/6f1c2d3e-4b5a-4c7d-9e8f-0a1b2c3d4e5f")

    assert route.call_count == 1
    assert b"test-secret" in route.calls[0].request.content
