import httpx
from django.conf import settings

# ruleid: insecure-transport
client = httpx.Client(base_url=settings.DOLLR_BASE_URL, timeout=30, verify=False)

# ok: insecure-transport
strict_client = httpx.Client(base_url="https://api.heydollr.app", timeout=30, verify=True)
