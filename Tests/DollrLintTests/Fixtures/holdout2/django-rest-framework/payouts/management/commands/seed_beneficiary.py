"""Register the estate's own paymaster wallet with Dollr (run once per environment).

    python manage.py seed_beneficiary
"""
from django.core.management.base import BaseCommand

from payouts.dollr import dollr
from payouts.models import Setting


class Command(BaseCommand):
    help = "Create the paymaster party, counterparty and payout account on Dollr."

    def handle(self, *args, **options):
        party = dollr.post(
            "/v1/parties/create",
            {
                "fullname": "Harbel Growers Co-op Paymaster",
                "phone": "231 886 123 456",
                "email": "paymaster@harbelgrowers.lr",
                "country_code": "LR",
            },
        )
        counterparty = dollr.post("/v1/counterparties/create", {"relationship_type": "SELF", "party_id": party["id"]})
        account = dollr.post(
            "/v1/payment-accounts/create",
            {
                "account_name": "Paymaster MTN wallet",
                "provider": "PAWAPAY",
                "method": "MTN_MOMO_LBR",
                "party_id": party["id"],
                "country_code": "LR",
                "insensitive_account_number": "231886123456",
            },
            params={"operation_type": "PAYOUT"},
        )
        Setting.objects.update_or_create(key="paymaster_counterparty_id", defaults={"value": counterparty["id"]})
        Setting.objects.update_or_create(key="paymaster_payout_account_id", defaults={"value": account["id"]})
        self.stdout.write(self.style.SUCCESS(f"party {party['id']}, payout account {account['id']}"))
