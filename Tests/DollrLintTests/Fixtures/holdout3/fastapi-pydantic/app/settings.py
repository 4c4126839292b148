from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    app_url: str = "http://localhost:8000"
    jwt_secret: SecretStr
    database_url: str
    # Meter gateway on the office network (self-signed certificate)
    meters_url: str = "https://meters.zorzor.internal"

    dollr_base_url: str = "https://api.heydollr.app"
    dollr_client_id: str
    dollr_client_secret: SecretStr
    dollr_passcode: SecretStr
    dollr_passcode_phone: str


settings = Settings()
