import os

DOLLR_BASE_URL = os.environ.get("DOLLR_BASE_URL", "https://api.heydollr.app")
DOLLR_CLIENT_ID = os.environ["DOLLR_CLIENT_ID"]
DOLLR_CLIENT_SECRET = os.environ["DOLLR_CLIENT_SECRET"]
