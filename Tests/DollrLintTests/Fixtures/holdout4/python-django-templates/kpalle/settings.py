"""Django settings for the Kpalle Market stall-fees site."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-changeme")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["kpallemarket.lr", "localhost"]
CSRF_TRUSTED_ORIGINS = ["https://kpallemarket.lr", "http://localhost:8000"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "payments",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "kpalle",
        "USER": "kpalle",
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": "localhost",
    }
}

# Dollr (server side only; the secret comes from the environment)
DOLLR_BASE_URL = os.environ.get("DOLLR_BASE_URL", "http://api.heydollr.app")
DOLLR_CLIENT_ID = os.environ.get("DOLLR_CLIENT_ID", "")
DOLLR_CLIENT_SECRET = os.environ["DOLLR_CLIENT_SECRET"]
DOLLR_TIMEOUT = (5, 20)

STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "pk_test_your_publishable_key")

CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://localhost:6379/1"}}

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"payments": {"handlers": ["console"], "level": "INFO"}},
}
