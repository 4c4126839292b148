import logging
import uuid

import requests
from celery import shared_task

from .client import dollr as client
from .models import Payment

log = logging.getLogger(__name__)


@shared_task(
    bind=True,
    autoretry_for=(requests.ConnectionError, requests.Timeout),
    retry_backoff=True,
    max_retries=5,
)
def collect_for_order(self, order_id):
    payment = Payment.objects.select_related("order").get(order_id=order_id)
    reference_id = str(uuid.uuid4())
    payment.reference_id = reference_id
    payment.save(update_fields=["reference_id"])
    result = client.execute_collection(payment.session_id, payment.account_id, payment.order.currency, reference_id)
    payment.status = result["status"]
    payment.save(update_fields=["status"])
    log.info("collection submitted for order %s", order_id)


@shared_task
def reconcile_open_payments():
    """Runs every ten minutes from celery beat (see market/celery.py)."""
    for payment in Payment.objects.filter(status__in=["PENDING", "PROCESSING"]):
        status = client.collection_status(payment.reference_id)["status"]
        if status == "COMPLETED":
            payment.mark_paid()
        elif status == "FAILED":
            payment.mark_failed()
