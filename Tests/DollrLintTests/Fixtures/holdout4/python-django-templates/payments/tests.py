from unittest import mock

from django.test import TestCase, override_settings


@override_settings(DOLLR_CLIENT_ID="test-client", DOLLR_CLIENT_SECRET="test-secret")
class TokenCacheTests(TestCase):
    @mock.patch("payments.dollr.requests.post")
    def test_token_is_cached(self, post):
        post.return_value.json.return_value = {"access_token": "fake-token", "expires_in": 60}
        from payments import dollr

        self.assertEqual(dollr.access_token(), "fake-token")
        self.assertEqual(dollr.access_token(), "fake-token")
        post.assert_called_once()
