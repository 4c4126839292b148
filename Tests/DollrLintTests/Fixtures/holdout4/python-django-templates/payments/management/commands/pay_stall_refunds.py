"""Pays the monthly cleaning-levy refund to each stall holder's MoMo wallet.

    python manage.py pay_stall_refunds --month 2025-06
"""
import uuid

from django.conf import settings
from django.core.management.base import BaseCommand

from payments import dollr
from payments.models import LevyRefund

PASSCODE_DEVICE = {
    "name": "kpalle-office-server",
    "type": "SERVER",
    "platform": "PYTHON",
    "user_agent": "django-admin",
    "client_ip": "41.86.12.7",
}


class Command(BaseCommand):
    help = "Pay cleaning-levy refunds for a month"

    def add_arguments(self, parser):
        parser.add_argument("--month", required=True)

    def handle(self, *args, month, **options):
        for refund in LevyRefund.objects.filter(month=month, reference_id__isnull=True):
            session = dollr.call("POST", "/v1/sessions/payout", json={
                "payout_account_id": refund.trader.dollr_payout_account_id,
                "amount": f"{refund.amount:.2f}",
                "currency": "LRD",
            })
            refund.reference_id = uuid.uuid4()
            refund.save(update_fields=["reference_id"])
            execution = dollr.call("POST", "/v1/executions/payout", json={
                "session_id": str(session["id"]),
                "payout_account_id": refund.trader.dollr_payout_account_id,
                "reference_id": str(refund.reference_id),
                "passcode": {
                    "token": {"code": settings.DOLLR_PASSCODE, "phone": settings.DOLLR_PASSCODE_PHONE},
                    "device": PASSCODE_DEVICE,
                },
            })
            self.stdout.write(f"{refund.trader.name}: {refund.reference_id} {execution['status']}")
