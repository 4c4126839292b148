import pytest


@pytest.fixture(autouse=True)
def dollr_env(monkeypatch):
    monkeypatch.setenv("DOLLR_BASE_URL", "https://api.heydollr.app")
    monkeypatch.setenv("DOLLR_CLIENT_ID", "test-client")
    monkeypatch.setenv("DOLLR_CLIENT_SECRET", "test-secret")
    monkeypatch.setenv("DOLLR_PASSCODE", "000000")
    monkeypatch.setenv("DOLLR_PASSCODE_PHONE", "231771234567")
    monkeypatch.setenv("DOLLR_WALLET_ID", "7")
