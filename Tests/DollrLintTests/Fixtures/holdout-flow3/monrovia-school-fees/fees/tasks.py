import logging

import requests
from celery import shared_task

from .dollr.client import DollrClient
from .models import FeeInvoice, FeePayment

logger = logging.getLogger(__name__)


@shared_task(bind=True, autoretry_for=(requests.Timeout, requests.ConnectionError), retry_backoff=True, max_retries=4)
def execute_fee_payment(self, payment_pk):
    payment = FeePayment.objects.select_related("invoice").get(pk=payment_pk)
    payment.attempts += 1
    payment.save(update_fields=["attempts"])

    client = DollrClient()
    result = client.execute_collection(
        session_id=payment.session_id,
        payment_account_id=payment.payment_account_id,
        currency=payment.invoice.currency,
        reference_id=payment.reference_id,
    )
    logger.info("Dollr collection response for %s: %s", payment.receipt_no, result)

    payment.status = result["status"]
    payment.save(update_fields=["status"])
    poll_fee_payment.apply_async((payment.pk,), countdown=5)


@shared_task(bind=True, max_retries=10)
def poll_fee_payment(self, payment_pk):
    payment = FeePayment.objects.get(pk=payment_pk)
    status = DollrClient().collection_status(payment.reference_id)["status"]

    if status == "COMPLETED":
        payment.status = "COMPLETED"
        payment.save(update_fields=["status"])
        FeeInvoice.objects.filter(pk=payment.invoice_id).update(status="PAID")
        return status
    if status == "FAILED":
        payment.status = "FAILED"
        payment.save(update_fields=["status"])
        return status

    # PENDING / PROCESSING: the guardian has not approved on the handset yet
    payment.status = status
    payment.save(update_fields=["status"])
    raise self.retry(countdown=min(5 * 2 ** self.request.retries, 300))
