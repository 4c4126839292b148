import os


class Config:
    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY", "dev")
    PAY_BASE = os.environ.get("DOLLR_BASE_URL", "https://api.heydollr.app")
    PAY_CLIENT_ID = os.environ["DOLLR_CLIENT_ID"]
    PAY_CLIENT_SECRET = os.environ["DOLLR_CLIENT_SECRET"]
    STRIPE_API_KEY = os.environ.get("STRIPE_API_KEY", "")
    SCHOOL_CURRENCY = "LRD"
