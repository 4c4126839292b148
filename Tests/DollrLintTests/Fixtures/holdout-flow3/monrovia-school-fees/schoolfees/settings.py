import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "fees",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "schoolfees"),
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}

CELERY_BROKER_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
CELERY_TASK_ACKS_LATE = True

# Dollr (MoMo collections for school fees, Liberia)
DOLLR_BASE_URL = os.environ.get("DOLLR_BASE_URL", "https://api.heydollr.app")
DOLLR_CLIENT_ID = os.environ.get("DOLLR_CLIENT_ID", "")
DOLLR_CLIENT_SECRET = os.environ.get("DOLLR_CLIENT_SECRET", "")
