import uuid

from django.db import models


class Payment(models.Model):
    """One collection attempt. reference_id is Dollr's idempotency key."""

    reference_id = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    invoice_id = models.IntegerField()
    status = models.CharField(max_length=20, default="PENDING")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"{self.reference_id} ({self.status})"
