import os

import httpx

EXECUTE_COLLECTION = "/v1/executions/collection"


class Dollr:
    def __init__(self, token: str):
        self.http = httpx.Client(base_url=os.environ["DOLLR_BASE_URL"], timeout=30,
                                 headers={"Authorization": f"Bearer {token}"})

    def collect(self, session_id: str, account_id: str, reference_id: str) -> dict:
        body = {"session_id": session_id, "payment_account_id": account_id, "currency": "USD", "reference_id": reference_id}
        return self.http.post(EXECUTE_COLLECTION, json=body).json()

    def status(self, reference_id: str) -> dict:
        return self.http.get(f"/v1/status/collection/{reference_id}").json()

    def token(self) -> dict:
        return self.http.post("/v1/jwt/client/obtain/token", json={"client_id": "x"}).json()
