import uuid

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .client import dollr as client
from .models import Payment


@require_POST
def retry_payment(request, order_id):
    """The buyer pressed "Try again" after being told the payment failed."""
    payment = get_object_or_404(Payment, order_id=order_id, order__buyer=request.user)
    current = client.collection_status(payment.reference_id)
    if current["status"] != "FAILED":
        return JsonResponse({"state": current["status"].lower()}, status=409)

    session = client.create_checkout_session(payment.order.invoice_id)
    payment.session_id = str(session["id"])
    payment.reference_id = str(uuid.uuid4())
    payment.status = "PENDING"
    payment.save()
    result = client.execute_collection(payment.session_id, payment.account_id, payment.order.currency, payment.reference_id)
    return JsonResponse({"state": result["status"].lower()})
