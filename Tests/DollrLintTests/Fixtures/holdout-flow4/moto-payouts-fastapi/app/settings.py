from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    gateway_url: str = "https://api.heydollr.app"
    gateway_client_id: str
    gateway_client_secret: str
    payout_passcode: str
    payout_phone: str = "250788100200"
    flw_secret_key: str = ""

    class Config:
        env_file = ".env"


settings = Settings()
