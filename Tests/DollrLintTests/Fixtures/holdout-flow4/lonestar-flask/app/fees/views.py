import logging
import uuid

import requests
import stripe
from flask import Blueprint, current_app, jsonify, request

from app.extensions import db, pay
from app.models import FeePayment
from app.utils.retry import with_retries

bp = Blueprint("fees", __name__, url_prefix="/fees")
log = logging.getLogger(__name__)


@bp.get("/detect")
def detect_wallet():
    phone = request.args["phone"]  # parent's number, already normalised to 2318... by the form
    res = requests.get(
        current_app.config["PAY_BASE"] + "/v1/predictions/mmo-provider-info",
        params={"phone": phone, "operation_type": "COLLECTION"},
        headers=pay.token_headers(),
    )
    return jsonify(method=res.json().get("payment_method"), provider=res.json().get("gateway_provider"))


@bp.post("/<int:student_id>/pay")
def pay_fees(student_id):
    form = request.get_json()
    ref = str(uuid.uuid4())
    payment = FeePayment(student_id=student_id, reference_id=ref, status="PENDING")
    db.session.add(payment)
    db.session.commit()

    session = pay.checkout_session(form["invoice_id"])
    payload = {
        "session_id": str(session["id"]),
        "payment_account_id": str(form["payment_account_id"]),
        "currency": current_app.config["SCHOOL_CURRENCY"],
        "reference_id": ref,
    }
    resp = with_retries(lambda: pay.execute("collection", payload))
    body = resp.json()
    log.info("fee payment %s submitted: %s", ref, body.get("status"))
    return jsonify(reference_id=ref, status=body.get("status")), 202


@bp.post("/<int:student_id>/card")
def pay_by_card(student_id):
    # diaspora parents pay with our own Stripe account (not through the gateway)
    stripe.api_key = current_app.config["STRIPE_API_KEY"]
    stripe.max_network_retries = 3
    intent = stripe.PaymentIntent.create(
        amount=int(request.json["amount_cents"]),
        currency="usd",
        metadata={"student_id": student_id},
        idempotency_key=str(uuid.uuid4()),
    )
    log.info("stripe intent %s created", intent.id)
    return jsonify(client_secret=intent.client_secret)
