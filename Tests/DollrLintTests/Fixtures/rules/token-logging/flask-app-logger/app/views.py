from flask import Blueprint, current_app, request

from .dollr import get_token, collect

bp = Blueprint("pay", __name__)


@bp.post("/pay")
def pay():
    access_token = get_token()
    # ruleid: token-logging
    current_app.logger.debug(f"Bearer {access_token}")
    # ok: token-logging
    current_app.logger.info("dollr token refreshed")
    # ruleid: token-logging
    current_app.logger.info("incoming auth header: %s", request.headers.get("Authorization"))
    # ruleid: token-logging
    current_app.logger.debug("request headers: %s", dict(request.headers))
    return collect(access_token, request.json)
