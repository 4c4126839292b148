import logging
import uuid

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST

from . import dollr
from .models import StallFee

log = logging.getLogger("payments.views")


@login_required
def pay_page(request, fee_id):
    fee = get_object_or_404(StallFee, pk=fee_id, trader__user=request.user)
    return render(request, "payments/pay.html", {
        "fee": fee,
        "stripe_publishable_key": settings.STRIPE_PUBLISHABLE_KEY,
        "dollr_client_id": settings.DOLLR_CLIENT_ID,
        "dollr_client_secret": settings.DOLLR_CLIENT_SECRET,
    })


@login_required
@require_POST
def pay(request, fee_id):
    fee = get_object_or_404(StallFee, pk=fee_id, trader__user=request.user)
    if fee.reference_id:
        return JsonResponse({"reference_id": str(fee.reference_id), "status": fee.payment_status}, status=409)
    phone = request.POST["phone"]
    session = dollr.call("POST", "/v1/sessions/checkout", json={"source_id": fee.dollr_invoice_id, "source_type": "INVOICE"})
    mmo = dollr.call("GET", "/v1/predictions/mmo-provider-info", params={"phone": phone, "operation_type": "COLLECTION"})
    account = dollr.call("POST", "/v1/payment-accounts/create", params={"operation_type": "COLLECTION"}, json={
        "account_name": f"{fee.trader.name} wallet",
        "method": mmo["payment_method"],
        "provider": mmo["gateway_provider"],
        "party_id": fee.trader.dollr_party_id,
        "country_code": "LR",
        "insensitive_account_number": phone,
    })
    fee.reference_id = uuid.uuid4()
    fee.payment_status = "PENDING"
    fee.save(update_fields=["reference_id", "payment_status"])  # stored before execute
    execution = dollr.call("POST", "/v1/executions/collection", json={
        "session_id": str(session["id"]),
        "payment_account_id": str(account["id"]),
        "currency": fee.currency,
        "reference_id": str(fee.reference_id),
    })
    log.info("dollr execution for fee %s: %s", fee.pk, execution)
    fee.payment_status = execution["status"]
    fee.save(update_fields=["payment_status"])
    return JsonResponse({"reference_id": str(fee.reference_id), "status": execution["status"]})


@login_required
def status(request, fee_id):
    fee = get_object_or_404(StallFee, pk=fee_id, trader__user=request.user)
    result = dollr.call("GET", f"/v1/status/collection/{fee.reference_id}")
    log.info("fee %s reference %s status %s", fee.pk, fee.reference_id, result["status"])
    return JsonResponse({"status": result["status"]})
