"""foya: command line for the co-op treasurer.

    foya pay --member 17 --amount 42.50
    foya status 7c9e6679-7425-40de-944b-e07fc1f90ae7 --wait
    foya selftest --account 3
"""
import argparse
import asyncio
import logging
import os
from decimal import Decimal

import asyncpg
from dotenv import load_dotenv

from .dollr import Dollr
from .payouts import Member, passcode, pay_member

log = logging.getLogger("foya")


def dollr_from_env() -> Dollr:
    return Dollr(
        os.environ.get("DOLLR_BASE_URL", "https://api.heydollr.app"),
        os.environ["DOLLR_CLIENT_ID"],
        os.environ["DOLLR_CLIENT_SECRET"],
    )


async def cmd_pay(args) -> None:
    db = await asyncpg.connect(os.environ["DATABASE_URL"])
    row = await db.fetchrow("select id, name, dollr_payout_account_id from members where id = $1", args.member)
    async with dollr_from_env() as dollr:
        result = await pay_member(dollr, db, Member(row["id"], row["name"], row["dollr_payout_account_id"]), Decimal(args.amount))
    print(f"{result['reference_id']}  {result['status']}")


async def cmd_status(args) -> None:
    delay = 5
    async with dollr_from_env() as dollr:
        while True:
            res = await dollr.get(f"/v1/status/payout/{args.reference_id}")
            print(f"{args.reference_id}  {res['status']}  {res.get('gateway_message') or ''}")
            if not args.wait or res["status"] not in ("PENDING", "PROCESSING"):
                return
            await asyncio.sleep(delay)
            delay = min(delay * 2, 300)


async def cmd_selftest(args) -> None:
    """Sends US$1 to the co-op's own test wallet to prove the whole chain works."""
    async with dollr_from_env() as dollr:
        session = await dollr.post(
            "/v1/sessions/payout",
            {"payout_account_id": args.account, "amount": "1.00", "currency": "USD"},
        )
        execution = await dollr.post("/v1/executions/payout", {
            "session_id": str(session["id"]),
            "payout_account_id": args.account,
            "reference_id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            "passcode": passcode(),
        })
    print(f"selftest {execution['reference_id']}: {execution['status']}")


def main() -> None:
    load_dotenv()
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    parser = argparse.ArgumentParser(prog="foya", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pay", help="pay a member for a delivery")
    p.add_argument("--member", type=int, required=True)
    p.add_argument("--amount", required=True, help="USD, e.g. 42.50")
    p.set_defaults(func=cmd_pay)
    s = sub.add_parser("status", help="show a payout's status")
    s.add_argument("reference_id")
    s.add_argument("--wait", action="store_true", help="poll (with backoff) until the payout settles")
    s.set_defaults(func=cmd_status)
    t = sub.add_parser("selftest", help="US$1 payout to the co-op's test wallet")
    t.add_argument("--account", type=int, required=True, help="Dollr payout account id of the test wallet")
    t.set_defaults(func=cmd_selftest)
    args = parser.parse_args()
    asyncio.run(args.func(args))


if __name__ == "__main__":
    main()
