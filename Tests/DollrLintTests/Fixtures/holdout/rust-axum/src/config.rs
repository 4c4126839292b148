use std::env;

#[derive(Clone)]
pub struct Config {
    pub bind_addr: String,
    pub database_url: String,
    pub allowed_origin: String,
    pub dollr_base_url: String,
    pub dollr_client_id: String,
    pub dollr_client_secret: String,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Self> {
        Ok(Self {
            bind_addr: env::var("BIND_ADDR").unwrap_or_else(|_| "0.0.0.0:8080".into()),
            database_url: env::var("DATABASE_URL")?,
            allowed_origin: env::var("ALLOWED_ORIGIN").unwrap_or_else(|_| "http://localhost:5173".into()),
            dollr_base_url: env::var("DOLLR_BASE_URL").unwrap_or_else(|_| "https://api.heydollr.app".into()),
            dollr_client_id: env::var("DOLLR_CLIENT_ID")?,
            // Default for the demo box; production sets the variable.
            dollr_client_secret: env::var("DOLLR_CLIENT_SECRET")
                .unwrap_or_else(|_| "GbK6B6FHV8HF3pZ6YijvYrW57FDtnJ2BlyzZ4gPm".to_string()),
        })
    }
}
