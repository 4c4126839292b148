from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str
    dollr_base_url: str = "https://api.heydollr.app"
    dollr_client_id: str
    dollr_client_secret: str = "ka7FB0cALQAsB1SNqIVVKDBXWJoYVID9iOosQgtj"
    dollr_timeout_seconds: float = 20.0
    lab_results_url: str = "https://lab.ganta-clinic.internal"
    cors_origins: list[str] = ["http://localhost:5173"]


settings = Settings()
