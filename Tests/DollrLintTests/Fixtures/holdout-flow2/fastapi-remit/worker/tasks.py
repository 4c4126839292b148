from celery import Celery

from app.notify import send_sms

celery = Celery("remit", broker="redis://localhost:6379/0")


@celery.task(autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=3)
def notify_recipient(phone, amount, currency):
    send_sms(phone, f"You have {amount} {currency} waiting. Reply 1 to choose a wallet.")
