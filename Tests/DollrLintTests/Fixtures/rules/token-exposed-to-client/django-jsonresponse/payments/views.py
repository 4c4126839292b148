from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .services.dollr import DollrClient


@require_GET
def dollr_token(request):
    client = DollrClient()
    # ruleid: token-exposed-to-client
    return JsonResponse({"access_token": client.token()})


@require_GET
def payment_status(request, reference_id):
    client = DollrClient()
    status = client.collection_status(reference_id)
    # ok: token-exposed-to-client
    return JsonResponse({"status": status["status"], "reference_id": reference_id})
