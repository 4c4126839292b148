from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    # ok: hardcoded-secret
    dollr_base_url: str = "https://api.heydollr.app"
    # ok: hardcoded-secret
    dollr_client_id: str = "ci_live_Zt5mQ8wPn2"
    # ruleid: hardcoded-secret
    dollr_client_secret: SecretStr = SecretStr("OiIpRGZlA4mMqJwKyclagKcDp7wGp0dpbNLS8ShQxN")
    # ok: hardcoded-secret
    dollr_staging_client_secret: SecretStr = Field(default=SecretStr("your-client-secret"))


settings = Settings()
