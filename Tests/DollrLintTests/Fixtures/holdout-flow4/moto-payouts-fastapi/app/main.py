from fastapi import BackgroundTasks, FastAPI, HTTPException

from app.db import drivers_repo, rides_repo
from app.services import collections, payouts

app = FastAPI(title="moto-payouts")


@app.post("/drivers/{driver_id}/payout")
async def payout(driver_id: int, amount: float):
    driver = await drivers_repo.get(driver_id)
    if driver is None:
        raise HTTPException(404)
    return await payouts.pay_driver(driver, amount)


@app.post("/rides/{ride_id}/fare")
async def fare(ride_id: int, session_id: str, payment_account_id: str, tasks: BackgroundTasks):
    ride = await rides_repo.get(ride_id)
    reference_id = await collections.collect_fare(ride, session_id, payment_account_id)
    tasks.add_task(collections.wait_for_fare, reference_id)
    return {"reference_id": reference_id, "status": "PENDING"}
