import uuid

from flask import Blueprint, current_app, jsonify, render_template, request

from shop import dollr
from shop.models import Order, Payment, db

bp = Blueprint("shop", __name__)


@bp.post("/orders/<int:order_id>/invoice")
def create_invoice(order_id: int):
    order = db.get_or_404(Order, order_id)
    invoice = dollr.post(
        "/v1/invoices/create",
        {
            "counterparty_id": order.dollr_counterparty_id,
            "currency": "lrd",
            "note": f"Buchanan Hardware order {order.number}",
            "fee_bearer": "PAYER",
            "as_payment_link": True,
        },
    )
    for line in order.lines:
        dollr.post(
            f"/v1/invoices/{invoice['id']}/items/add",
            {"name": line.name, "currency": "LRD", "qty": line.qty, "amount": float(line.unit_price)},
        )
    dollr.put(f"/v1/invoices/publish/{invoice['id']}")
    order.dollr_invoice_id = invoice["id"]
    db.session.commit()
    return jsonify(invoice_id=order.dollr_invoice_id), 201


@bp.post("/orders/<int:order_id>/pay/momo")
def pay_momo(order_id: int):
    order = db.get_or_404(Order, order_id)
    current_app.logger.info("MoMo checkout form: %s", request.form.to_dict())
    phone = request.form["phone"]

    mmo = dollr.get("/v1/predictions/mmo-provider-info", {"phone": phone, "operation_type": "COLLECTION"})
    session = dollr.post("/v1/sessions/checkout", {"source_id": order.dollr_invoice_id, "source_type": "INVOICE"})
    account = dollr.post(
        "/v1/payment-accounts/create",
        {
            "account_name": f"{order.customer_name} MoMo",
            "provider": mmo["gateway_provider"],
            "method": mmo["payment_method"],
            "party_id": order.dollr_party_id,
            "country_code": "LR",
            "insensitive_account_number": phone,
        },
        params={"operation_type": "COLLECTION"},
    )

    # Idempotency key: stored before the execute call.
    payment = Payment(order_id=order.id, reference_id=str(uuid.uuid4()), status="PENDING", dollr_session_id=session["id"])
    db.session.add(payment)
    db.session.commit()

    execution = dollr.post(
        "/v1/executions/collection",
        {
            "session_id": str(session["id"]),
            "payment_account_id": str(account["id"]),
            "currency": order.currency,
            "reference_id": payment.reference_id,
        },
    )
    payment.status = execution["status"]
    db.session.commit()
    current_app.logger.info("payment %s: %s", payment.reference_id, execution["status"])
    return jsonify(reference_id=payment.reference_id, status=execution["status"]), 202


@bp.get("/orders/<int:order_id>/pay/card")
def card_page(order_id: int):
    order = db.get_or_404(Order, order_id)
    return render_template("pay_card.html", order=order, stripe_key=current_app.config["STRIPE_PUBLISHABLE_KEY"])


@bp.post("/orders/<int:order_id>/pay/card")
def pay_card_submit(order_id: int):
    order = db.get_or_404(Order, order_id)
    payment_method_id = request.get_json()["payment_method_id"]
    dollr.get(
        "/v1/predictions/card-provider-info",
        {"payment_method_id": payment_method_id, "operation_type": "COLLECTION", "provider": "STRIPE"},
    )
    session = dollr.post("/v1/sessions/checkout", {"source_id": order.dollr_invoice_id, "source_type": "INVOICE"})
    account = dollr.post(
        "/v1/payment-accounts/create",
        {"account_name": f"{order.customer_name} card", "provider": "STRIPE", "method": "CREDIT_CARD", "party_id": order.dollr_party_id},
        params={"operation_type": "COLLECTION"},
    )

    payment = Payment(order_id=order.id, reference_id=str(uuid.uuid4()), status="PENDING", dollr_session_id=session["id"])
    db.session.add(payment)
    db.session.commit()

    execution = dollr.post(
        "/v1/executions/collection",
        {
            "session_id": str(session["id"]),
            "payment_account_id": str(account["id"]),
            "currency": order.currency,
            "reference_id": payment.reference_id,
        },
    )
    payment.status = execution["status"]
    db.session.commit()
    # The page passes client_secret to stripe.confirmCardPayment for 3-D Secure.
    return jsonify(
        reference_id=payment.reference_id,
        status=execution["status"],
        requires_action=bool(execution.get("requires_action")),
        client_secret=execution.get("client_secret"),
    )


@bp.get("/payments/<reference_id>")
def payment_status(reference_id: str):
    status = dollr.get(f"/v1/status/collection/{reference_id}")
    current_app.logger.info("payment %s status=%s", reference_id, status["status"])
    return jsonify(reference_id=reference_id, status=status["status"])
