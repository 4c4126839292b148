import uuid

from flask import Blueprint, jsonify, request

from .dollr import collect, get_token

bp = Blueprint("payments", __name__)


@bp.get("/dollr/token")
def dollr_token():
    token = get_token()
    # ruleid: token-exposed-to-client
    return jsonify(access_token=token, expires_in=60)


@bp.post("/pay")
def pay():
    reference_id = str(uuid.uuid4())
    execution = collect(get_token(), request.json, reference_id)
    # ok: token-exposed-to-client
    return jsonify({"status": execution["status"], "reference_id": reference_id})
