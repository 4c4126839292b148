import os

from celery import Celery
from dotenv import load_dotenv

load_dotenv()

app = Celery(
    "zwedru",
    broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"),
    backend=os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1"),
    include=["worker.tasks"],
)
app.conf.update(
    task_acks_late=False,          # an execute call must never be replayed by redelivery
    worker_prefetch_multiplier=1,
    task_default_queue="disbursements",
)
