"""Register a field installer's MTN MoMo wallet for commission payouts.

    python -m scripts.register_agent_wallet --agent 12 --party 42 --phone 231771234567
"""
import argparse
import asyncio

from app.db import repo
from app.dollr import dollr


async def main(agent_id: int, party_id: int, phone: str, name: str) -> None:
    account = await dollr.request(
        "POST",
        "/v1/payment-accounts/create",
        params={"operation_type": "PAYOUT"},
        json={
            "account_name": f"{name} MTN MoMo",
            "method": "MTN_MOMO_LBR",
            "provider": "MTN_MOMO_LBR",
            "party_id": party_id,
            "country_code": "LR",
            "insensitive_account_number": phone,
        },
    )
    await repo.set_agent_payout_account(agent_id, account["id"])
    print(f"agent {agent_id}: payout account {account['id']} active={account.get('is_active')}")
    await dollr.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agent", type=int, required=True)
    parser.add_argument("--party", type=int, required=True)
    parser.add_argument("--phone", required=True, help="E.164 digits without '+', e.g. 231771234567")
    parser.add_argument("--name", default="Installer")
    args = parser.parse_args()
    asyncio.run(main(args.agent, args.party, args.phone, args.name))
