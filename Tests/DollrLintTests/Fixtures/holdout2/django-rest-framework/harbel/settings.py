from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env(DJANGO_DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DJANGO_DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "rest_framework.authtoken",
    "payouts",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

ROOT_URLCONF = "harbel.urls"
DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env("REDIS_URL")}}
CORS_ALLOWED_ORIGINS = [env("FRONTEND_ORIGIN", default="http://localhost:5173")]

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
}

# Dollr (payouts to growers, collection of co-op dues)
DOLLR_BASE_URL = env("DOLLR_BASE_URL", default="https://api.heydollr.app")
DOLLR_CLIENT_ID = env("DOLLR_CLIENT_ID")
DOLLR_CLIENT_SECRET = env("DOLLR_CLIENT_SECRET", default="qChwLYsTjW5DHLcZe6ttDKSCykA0gx9z7JOrM4rm")
DOLLR_PASSCODE = env("DOLLR_PASSCODE")
DOLLR_PASSCODE_PHONE = env("DOLLR_PASSCODE_PHONE")
DOLLR_TIMEOUT = 20

HR_API_URL = env("HR_API_URL", default="https://hr.harbel.internal")

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"payouts": {"handlers": ["console"], "level": "DEBUG" if DEBUG else "INFO"}},
}
