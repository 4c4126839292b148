import environ

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
# ok: hardcoded-secret
DOLLR_BASE_URL = "https://api.heydollr.app"
# ok: hardcoded-secret
DOLLR_CLIENT_ID = env("DOLLR_CLIENT_ID")
# ruleid: hardcoded-secret
DOLLR_CLIENT_SECRET = env("DOLLR_CLIENT_SECRET", default="P9rNzw3CamVKOYnqvRD9QchyhoJLZ5nw")

if DEBUG:
    # ruleid: hardcoded-secret
    DOLLR_CLIENT_SECRET = "8RMPuTc3DB2RHA3n9HEXLoQQr4gXdpTr7NPQpMCb"
