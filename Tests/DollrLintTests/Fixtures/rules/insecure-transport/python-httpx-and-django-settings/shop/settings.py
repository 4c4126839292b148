import environ

env = environ.Env()

# ok: insecure-transport
DOLLR_BASE_URL = env("DOLLR_BASE_URL", default="https://api.heydollr.app")
# ruleid: insecure-transport
DOLLR_LEGACY_URL = "http://api.heydollr.app"
# ok: insecure-transport
DOLLR_MOCK_URL = "http://localhost:8081"
