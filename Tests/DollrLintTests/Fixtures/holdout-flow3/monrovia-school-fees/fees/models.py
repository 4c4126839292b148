import uuid

from django.db import models


def new_receipt_no():
    return "RCP-%s" % uuid.uuid4().hex[:10].upper()


class Student(models.Model):
    admission_no = models.CharField(max_length=20, unique=True)
    full_name = models.CharField(max_length=120)
    guardian_name = models.CharField(max_length=120)
    guardian_phone = models.CharField(max_length=20, help_text="As typed on the enrolment form, e.g. +231 77 123 4567")
    dollr_party_id = models.IntegerField(null=True, blank=True)


class FeeInvoice(models.Model):
    student = models.ForeignKey(Student, on_delete=models.PROTECT, related_name="invoices")
    term = models.CharField(max_length=20)
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    currency = models.CharField(max_length=3, default="LRD")
    dollr_invoice_id = models.IntegerField(null=True, blank=True)
    status = models.CharField(max_length=16, default="OPEN")


class FeePayment(models.Model):
    invoice = models.ForeignKey(FeeInvoice, on_delete=models.PROTECT, related_name="payments")
    # idempotency key for Dollr: created with the row, before any execution call
    reference_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    receipt_no = models.CharField(max_length=32, unique=True, default=new_receipt_no)
    session_id = models.CharField(max_length=32)
    payment_account_id = models.CharField(max_length=32)
    status = models.CharField(max_length=16, default="CREATED")
    attempts = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
