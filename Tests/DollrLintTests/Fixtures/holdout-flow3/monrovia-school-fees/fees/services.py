from django.db import transaction

from .dollr.client import DollrClient
from .models import FeePayment
from .tasks import execute_fee_payment


def normalise_msisdn(raw):
    return raw.replace(" ", "").replace("-", "").lstrip("+")


@transaction.atomic
def start_fee_payment(invoice, phone):
    client = DollrClient()
    student = invoice.student
    msisdn = normalise_msisdn(phone)

    if not student.dollr_party_id:
        party = client.create_party(student.guardian_name, msisdn)
        student.dollr_party_id = party["id"]
        student.save(update_fields=["dollr_party_id"])

    method, provider = client.predict_mmo(msisdn)
    account = client.create_payment_account(student.dollr_party_id, "%s MoMo" % student.guardian_name, method, provider, msisdn)
    session = client.create_checkout_session(invoice.dollr_invoice_id)

    payment = FeePayment.objects.create(
        invoice=invoice,
        session_id=str(session["id"]),
        payment_account_id=str(account["id"]),
    )
    transaction.on_commit(lambda: execute_fee_payment.delay(payment.pk))
    return payment
