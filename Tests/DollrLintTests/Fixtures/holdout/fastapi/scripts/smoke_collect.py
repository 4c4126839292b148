"""Smoke test: collect 1 USD from the clinic's test wallet.

    python -m scripts.smoke_collect

Checkout session 55 and payment account 18 were created by hand in the
merchant portal for this test.
"""
import asyncio

from app.dollr import DollrClient


async def main() -> None:
    async with DollrClient.from_settings() as dollr:
        party = await dollr.post(
            "/v1/parties/create",
            {
                "fullname": "Ganta Clinic Test Wallet",
                "phone": "0771234567",
                "country_code": "LR",
            },
        )
        print("party", party["id"])

        execution = await dollr.post(
            "/v1/executions/collection",
            {
                "session_id": 55,
                "payment_account_id": "18",
                "currency": "USD",
                "reference_id": "smoke-test-001",
            },
        )
        print("execution status:", execution["status"])


if __name__ == "__main__":
    asyncio.run(main())
