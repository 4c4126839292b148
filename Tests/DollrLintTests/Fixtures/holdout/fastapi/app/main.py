from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.config import settings
from app.dollr import DollrClient
from app.routers import payments


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.dollr = DollrClient.from_settings()
    # The lab system on the clinic LAN uses a self-signed certificate (no public CA
    # issues one for *.internal). It is not Dollr and carries no payment data.
    app.state.lab = httpx.AsyncClient(base_url=settings.lab_results_url, verify=False, timeout=10.0)
    yield
    await app.state.lab.aclose()
    await app.state.dollr.__aexit__(None, None, None)


app = FastAPI(title="Ganta Clinic payments", lifespan=lifespan)
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.cors_origins,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
app.include_router(payments.router, prefix="/api")
