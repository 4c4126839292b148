"""Dollr API paths, relative to DOLLR_BASE_URL."""

TOKEN = "/v1/jwt/client/obtain/token"
CHECKOUT_SESSION = "/v1/sessions/checkout"
EXECUTE_COLLECTION = "/v1/executions/collection"
STATUS = "/v1/status/{op}/{reference_id}"
