from datetime import datetime, timedelta, timezone

import httpx
import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordRequestForm

from .dollr import dollr
from .routes import payments
from .settings import settings
from .users import authenticate

app = FastAPI(title="Zorzor Solar billing")
app.include_router(payments.router)

# Meter gateway on the office LAN. Its certificate is self-signed, so this one
# client skips verification. It is not Dollr.
meters = httpx.AsyncClient(base_url=settings.meters_url, verify=False, timeout=10.0)


@app.post("/auth/token")
async def login(form: OAuth2PasswordRequestForm = Depends()):
    """OAuth2 password flow for the billing staff: returns OUR JWT, not Dollr's."""
    user = await authenticate(form.username, form.password)
    if user is None:
        raise HTTPException(status_code=401, detail="Incorrect username or password")
    expires = datetime.now(timezone.utc) + timedelta(hours=8)
    access_token = jwt.encode({"sub": str(user.id), "exp": expires}, settings.jwt_secret.get_secret_value(), algorithm="HS256")
    return {"access_token": access_token, "token_type": "bearer"}


@app.get("/meters/{serial}/unlock-code")
async def unlock_code(serial: str):
    res = await meters.get(f"/api/meters/{serial}/unlock")
    res.raise_for_status()
    return res.json()


@app.on_event("shutdown")
async def shutdown() -> None:
    await dollr.aclose()
    await meters.aclose()
