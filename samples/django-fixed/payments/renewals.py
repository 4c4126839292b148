"""Monthly renewals: collect each due subscription from its saved MoMo wallet.

The renewal's Payment row (and its reference_id) is created once, when the renewal is scheduled; every
attempt of this task sends that same reference_id, and a retry first asks Dollr whether the lost attempt
landed: https://docs.heydollr.app/guides/error-handling
"""
import logging

import requests
from celery import shared_task

from .models import Payment
from .services.dollr import DollrClient
from .tasks import poll_collection

logger = logging.getLogger(__name__)

LANDED = {"COMPLETED", "PROCESSING"}


@shared_task(bind=True, autoretry_for=(requests.RequestException,), retry_backoff=True, max_retries=5)
def renew_subscription(self, payment_id: int, session_id: str, account_id: str):
    payment = Payment.objects.get(pk=payment_id)
    client = DollrClient()
    if self.request.retries:
        current = client.get(f"/v1/status/collection/{payment.reference_id}")
        if current["status"] in LANDED:
            Payment.objects.filter(pk=payment_id).update(status=current["status"])
            poll_collection.delay(str(payment.reference_id))
            return
    execution = client.post(
        "/v1/executions/collection",
        {
            "session_id": session_id,
            "payment_account_id": account_id,
            "currency": "USD",
            "reference_id": str(payment.reference_id),
        },
    )
    status = execution["status"]
    Payment.objects.filter(pk=payment_id).update(status=status)
    if status == "FAILED":
        logger.warning("renewal payment %s failed", payment_id)
    elif status != "COMPLETED":
        # PENDING or PROCESSING: the payer is still approving on the phone; keep polling.
        poll_collection.delay(str(payment.reference_id))
