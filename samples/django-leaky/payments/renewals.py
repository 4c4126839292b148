"""Monthly renewals: collect each due subscription from its saved MoMo wallet."""
import logging
import uuid

import requests
from celery import shared_task

from .models import Payment
from .services.dollr import DollrClient

logger = logging.getLogger(__name__)


@shared_task(autoretry_for=(requests.RequestException,), retry_backoff=True, max_retries=5)
def renew_subscription(subscription_id: int, session_id: str, account_id: str):
    client = DollrClient()
    reference_id = str(uuid.uuid4())
    Payment.objects.create(reference_id=reference_id, subscription_id=subscription_id, status="PENDING")
    execution = client.post(
        "/v1/executions/collection",
        {
            "session_id": session_id,
            "payment_account_id": account_id,
            "currency": "USD",
            "reference_id": reference_id,
        },
    )
    status = execution["status"]
    if status != "COMPLETED":
        Payment.objects.filter(reference_id=reference_id).update(status="FAILED")
        logger.warning("renewal %s failed", subscription_id)
        return
    Payment.objects.filter(reference_id=reference_id).update(status=status)
