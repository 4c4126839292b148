from datetime import datetime, timedelta, timezone

from fastapi import FastAPI

from .dollr import dollr

app = FastAPI(title="remit-api")


@app.post("/transfers/{transfer_id}/checkout")
async def start_checkout(transfer_id: int, order_id: int):
    session = await dollr.checkout_session("ORDER", order_id)
    return {"transfer_id": transfer_id, "session_id": session["id"]}


@app.get("/transfers/{transfer_id}/live-key")
async def live_key(transfer_id: int, session_id: int, reference_id: str):
    # realtime keys are short-lived Supabase tokens; their expires_in is in seconds
    key = await dollr.realtime_key(session_id, reference_id)
    renew_at = datetime.now(timezone.utc) + timedelta(seconds=key["expires_in"] - 10)
    return {"access_token": key["access_token"], "renew_at": renew_at.isoformat()}


@app.get("/transfers/{transfer_id}/status")
async def status(transfer_id: int, reference_id: str):
    result = await dollr.collection_status(reference_id)
    return {"state": result["status"]}
