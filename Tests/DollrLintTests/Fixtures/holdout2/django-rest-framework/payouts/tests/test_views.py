import httpx
import pytest
import respx
from django.contrib.auth.models import User
from django.core.cache import cache
from rest_framework.test import APIClient

from payouts.models import Payout

REF = "c2a7d9e4-1b3f-4c8a-9e6d-5f4b3a2c1d0e"


@pytest.fixture(autouse=True)
def dollr_settings(settings):
    settings.DOLLR_BASE_URL = "https://api.heydollr.app"
    settings.DOLLR_CLIENT_ID = "test-client"
    settings.DOLLR_CLIENT_SECRET = "test-secret"
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()


@pytest.mark.django_db
@respx.mock
def test_payout_status_returns_status_only(payout_factory):
    payout_factory(reference_id=REF, status="PENDING")
    respx.post("https://api.heydollr.app/v1/jwt/client/obtain/token").mock(
        return_value=httpx.Response(200, json={"access_token": "fake-token", "expires_in": 60})
    )
    respx.get(f"https://api.heydollr.app/v1/status/payout/{REF}").mock(
        return_value=httpx.Response(200, json={"reference_id": REF, "status": "PROCESSING", "payee_amount": 120.0})
    )
    client = APIClient()
    client.force_authenticate(User.objects.create_user("officer"))

    res = client.get(f"/api/payouts/{REF}/status")

    assert res.json() == {"reference_id": REF, "status": "PROCESSING"}
    assert "fake-token" not in res.content.decode()
    assert Payout.objects.get(reference_id=REF).status == "PROCESSING"
