import logging
import uuid

from django.conf import settings
from django.shortcuts import get_object_or_404
from rest_framework import status
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

from payouts.dollr import dollr
from payouts.hr import grower
from payouts.models import Dues, Payout

logger = logging.getLogger(__name__)


class LoginView(ObtainAuthToken):
    """Field officers log in from the tablet app and get a DRF auth token (ours, not Dollr's)."""

    def post(self, request, *args, **kwargs):
        serializer = self.serializer_class(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        user = serializer.validated_data["user"]
        token, _ = Token.objects.get_or_create(user=user)
        return Response({"token": token.key, "user_id": user.pk})


class DuesCheckoutView(APIView):
    """A grower pays the season's co-op dues from their MoMo wallet."""

    def post(self, request, dues_id: int):
        dues = get_object_or_404(Dues, pk=dues_id, grower__officer=request.user)
        phone = request.data["phone"]

        mmo = dollr.get("/v1/predictions/mmo-provider-info", {"phone": phone, "operation_type": "COLLECTION"})
        session = dollr.post(
            "/v1/sessions/checkout",
            {
                "source_id": str(dues.dollr_invoice_id),
                "source_type": "INVOICE",
            },
        )
        account = dollr.post(
            "/v1/payment-accounts/create",
            {
                "account_name": f"{dues.grower.full_name} MoMo",
                "provider": mmo["gateway_provider"],
                "method": mmo["payment_method"],
                "party_id": dues.grower.dollr_party_id,
                "country_code": "LR",
                "insensitive_account_number": phone,
            },
            params={"operation_type": "COLLECTION"},
        )

        dues.reference_id = str(uuid.uuid4())
        dues.status = "PENDING"
        dues.save(update_fields=["reference_id", "status"])

        execution = dollr.post(
            "/v1/executions/collection",
            {
                "session_id": str(session["id"]),
                "payment_account_id": str(account["id"]),
                "currency": "USD",
                "reference_id": dues.reference_id,
            },
        )
        dues.status = execution["status"]
        dues.save(update_fields=["status"])
        logger.info("dues %s reference_id=%s status=%s", dues.pk, dues.reference_id, execution["status"])
        return Response({"reference_id": dues.reference_id, "status": execution["status"]}, status=status.HTTP_202_ACCEPTED)


class DuesInvoiceStatusView(APIView):
    """Whether the dues invoice is PAID (source status, not execution status)."""

    def get(self, request, dues_id: int):
        dues = get_object_or_404(Dues, pk=dues_id)
        source = dollr.get(
            "/v1/status/source",
            {
                "source_kind": "INVOICE",
                "source_id": dues.dollr_invoice_id,
            },
        )
        return Response({"dues_id": dues.pk, "status": source["status"]})


class GrowerPayoutView(APIView):
    """Pays a grower for delivered latex. Admin only; the passcode never leaves the server."""

    permission_classes = [IsAdminUser]

    def post(self, request, payout_id: int):
        payout = get_object_or_404(Payout, pk=payout_id, status="APPROVED")
        roster = grower(payout.grower.hr_id)
        if not roster["active"]:
            return Response({"detail": "grower inactive in HR"}, status=status.HTTP_409_CONFLICT)

        session = dollr.post(
            "/v1/sessions/payout",
            {
                "payout_account_id": payout.grower.dollr_payout_account_id,
                "amount": float(payout.amount),
                "currency": "USD",
            },
        )

        payout.reference_id = str(uuid.uuid4())
        payout.status = "PENDING"
        payout.save(update_fields=["reference_id", "status"])

        execution = dollr.post(
            "/v1/executions/payout",
            {
                "session_id": str(session["id"]),
                "payout_account_id": payout.grower.dollr_payout_account_id,
                "reference_id": payout.reference_id,
                "passcode": {
                    "token": {"phone": settings.DOLLR_PASSCODE_PHONE, "code": settings.DOLLR_PASSCODE},
                    "device": {
                        "name": "Harbel payouts API",
                        "type": "SERVER",
                        "platform": "PYTHON",
                        "user_agent": "harbel-payouts/2.3",
                        "client_ip": request.META.get("REMOTE_ADDR", "127.0.0.1"),
                    },
                },
            },
        )
        payout.status = execution["status"]
        payout.save(update_fields=["status"])
        logger.info("payout %s reference_id=%s status=%s", payout.pk, payout.reference_id, execution["status"])
        return Response({"reference_id": payout.reference_id, "status": execution["status"]}, status=status.HTTP_202_ACCEPTED)


class PayoutStatusView(APIView):
    def get(self, request, reference_id: str):
        payout = get_object_or_404(Payout, reference_id=reference_id)
        res = dollr.get(f"/v1/status/payout/{payout.reference_id}")
        payout.status = res["status"]
        payout.save(update_fields=["status"])
        logger.info("payout %s status=%s", payout.reference_id, res["status"])
        return Response({"reference_id": payout.reference_id, "status": res["status"]})
