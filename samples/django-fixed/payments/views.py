import json
import logging

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET, require_POST

from .models import Payment
from .services.dollr import DollrClient
from .tasks import poll_collection

logger = logging.getLogger(__name__)


@require_POST
def start_collection(request, invoice_id: int):
    """Collect a published invoice from the customer's MoMo wallet."""
    body = json.loads(request.body)
    phone = body["phone"]  # E.164 digits without "+", e.g. 231771234567
    logger.info("MoMo collection requested for invoice %s", invoice_id)

    client = DollrClient()
    mmo = client.get(
        "/v1/predictions/mmo-provider-info",
        params={"phone": phone, "operation_type": "COLLECTION"},
    )
    account = client.post(
        "/v1/payment-accounts/create",
        params={"operation_type": "COLLECTION"},
        payload={
            "account_name": f"{body['fullname']} wallet",
            "provider": mmo["gateway_provider"],
            "method": mmo["payment_method"],
            "party_id": body["party_id"],
            "country_code": "LR",
            "insensitive_account_number": phone,
        },
    )
    session = client.post("/v1/sessions/checkout", {"source_id": invoice_id, "source_type": "INVOICE"})

    # reference_id is generated and saved before the execute call.
    payment = Payment.objects.create(invoice_id=invoice_id, status="PENDING")
    payload = {
        "session_id": str(session["id"]),
        "payment_account_id": str(account["id"]),
        "currency": "USD",
        "reference_id": str(payment.reference_id),
    }
    execution = client.post("/v1/executions/collection", payload)
    logger.info("collection %s submitted: %s", payment.reference_id, execution["status"])

    payment.status = execution["status"]
    payment.save(update_fields=["status", "updated_at"])
    poll_collection.delay(str(payment.reference_id))
    return JsonResponse({"status": payment.status, "reference_id": str(payment.reference_id)}, status=202)


@require_GET
def payment_status(request, reference_id):
    """Polled by the React storefront. Returns our stored state; never a Dollr token."""
    payment = get_object_or_404(Payment, reference_id=reference_id)
    return JsonResponse({"status": payment.status, "reference_id": str(payment.reference_id)})
