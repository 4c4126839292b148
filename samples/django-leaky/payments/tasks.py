import logging

from celery import shared_task

from .models import Payment
from .services.dollr import DollrClient

logger = logging.getLogger(__name__)

FINAL = {"COMPLETED", "FAILED"}


@shared_task(bind=True, max_retries=20)
def poll_collection(self, reference_id: str):
    """Poll GET /v1/status/collection/{reference_id} until the collection settles.

    MoMo collections can stay PROCESSING for minutes: back off, never re-execute.
    """
    result = DollrClient().get(f"/v1/status/collection/{reference_id}")
    status = result["status"]
    Payment.objects.filter(reference_id=reference_id).update(status=status)
    if status not in FINAL:
        # 5s, 10s, 20s, ... capped at 5 minutes
        raise self.retry(countdown=min(5 * 2**self.request.retries, 300))
    logger.info("collection %s settled: %s", reference_id, status)
