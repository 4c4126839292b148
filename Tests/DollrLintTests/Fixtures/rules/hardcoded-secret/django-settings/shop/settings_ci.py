from .settings import *  # noqa: F401,F403

# ok: hardcoded-secret
DOLLR_CLIENT_SECRET = env("DOLLR_CLIENT_SECRET")
# ok: hardcoded-secret
DOLLR_ACCESS_TOKEN = "changeme"
