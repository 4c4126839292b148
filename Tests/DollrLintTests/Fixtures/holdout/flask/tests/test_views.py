import pytest
import responses

from shop import create_app, dollr


@pytest.fixture
def app(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "test")
    return create_app({
        "TESTING": True,
        "DOLLR_BASE_URL": "https://api.heydollr.app",
        "DOLLR_CLIENT_ID": "test-client",
        "DOLLR_CLIENT_SECRET": "test-secret",
        "SQLALCHEMY_DATABASE_URI": "sqlite://",
    })


@responses.activate
def test_status_view_returns_only_status(app):
    responses.post("https://api.heydollr.app/v1/jwt/client/obtain/token", json={"access_token": "fake-token", "expires_in": 60})
    responses.get(
        "https://api.heydollr.app/v1/status/collection/0b7f5e1a-3c2d-4e8f-9a6b-1c2d3e4f5a6b",
        json={"status": "PROCESSING", "reference_id": "0b7f5e1a-3c2d-4e8f-9a6b-1c2d3e4f5a6b"},
    )
    dollr._token = None

    res = app.test_client().get("/payments/0b7f5e1a-3c2d-4e8f-9a6b-1c2d3e4f5a6b")

    assert res.json == {"reference_id": "0b7f5e1a-3c2d-4e8f-9a6b-1c2d3e4f5a6b", "status": "PROCESSING"}
    assert "fake-token" not in res.get_data(as_text=True)
