from unittest import mock

from django.core.cache import cache
from django.test import SimpleTestCase, override_settings

from .services.dollr import DollrClient

# Obviously fake credentials: these tests never talk to Dollr.
FAKE_SETTINGS = dict(
    DOLLR_BASE_URL="https://api.heydollr.app",
    DOLLR_CLIENT_ID="test-client",
    DOLLR_CLIENT_SECRET="test-secret",
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
)


@override_settings(**FAKE_SETTINGS)
class DollrClientTests(SimpleTestCase):
    def setUp(self):
        cache.clear()

    @mock.patch("payments.services.dollr.requests.Session.post")
    def test_token_is_cached_for_expires_in_minutes(self, post):
        post.return_value.json.return_value = {"access_token": "fake-token", "expires_in": 60}
        client = DollrClient()

        self.assertEqual(client.token(), "fake-token")
        self.assertEqual(client.token(), "fake-token")
        self.assertEqual(post.call_count, 1)
        self.assertEqual(post.call_args.kwargs["json"]["client_secret"], "test-secret")

    def test_headers_carry_the_bearer_token(self):
        with mock.patch.object(DollrClient, "token", return_value="fake-token"):
            self.assertEqual(DollrClient().headers()["Authorization"], "Bearer fake-token")
