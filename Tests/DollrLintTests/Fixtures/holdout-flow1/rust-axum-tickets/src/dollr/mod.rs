pub mod paths;

use serde::{Deserialize, Serialize};
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

#[derive(Debug, thiserror::Error)]
pub enum DollrError {
    #[error("transport: {0}")]
    Transport(#[from] reqwest::Error),
    #[error("dollr answered {0}")]
    Status(u16),
}

#[derive(Serialize)]
pub struct CollectRequest<'a> {
    pub session_id: &'a str,
    pub payment_account_id: &'a str,
    pub currency: &'a str,
    pub reference_id: &'a str,
}

#[derive(Deserialize, Debug, Clone)]
pub struct Execution {
    pub status: String,
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    expires_in: u64,
}

struct CachedToken {
    value: String,
    expires_at: Instant,
}

pub struct DollrClient {
    base_url: String,
    client_id: String,
    client_secret: String,
    http: reqwest::Client,
    token: Mutex<Option<CachedToken>>,
}

impl DollrClient {
    pub fn from_env() -> Result<Self, DollrError> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(20))
            .connect_timeout(Duration::from_secs(5))
            .build()?;
        Ok(Self {
            base_url: std::env::var("DOLLR_BASE_URL").unwrap_or_else(|_| "https://api.heydollr.app".into()),
            client_id: std::env::var("DOLLR_CLIENT_ID").expect("DOLLR_CLIENT_ID"),
            client_secret: std::env::var("DOLLR_CLIENT_SECRET").expect("DOLLR_CLIENT_SECRET"),
            http,
            token: Mutex::new(None),
        })
    }

    async fn access_token(&self) -> Result<String, DollrError> {
        let mut cached = self.token.lock().await;
        if let Some(token) = cached.as_ref() {
            // expires_in is minutes; keep using the token until five minutes remain
            if token.expires_at.saturating_duration_since(Instant::now()) > Duration::from_secs(300) {
                return Ok(token.value.clone());
            }
        }
        let res = self
            .http
            .post(format!("{}{}", self.base_url, paths::TOKEN))
            .json(&serde_json::json!({ "client_id": self.client_id, "client_secret": self.client_secret }))
            .send()
            .await?;
        if !res.status().is_success() {
            return Err(DollrError::Status(res.status().as_u16()));
        }
        let body: TokenResponse = res.json().await?;
        let value = body.access_token.clone();
        *cached = Some(CachedToken { value: body.access_token, expires_at: Instant::now() + Duration::from_secs(body.expires_in * 60) });
        Ok(value)
    }

    pub async fn collect(&self, request: &CollectRequest<'_>) -> Result<Execution, DollrError> {
        let token = self.access_token().await?;
        let res = self.http.post(format!("{}{}", self.base_url, paths::COLLECTION)).bearer_auth(token).json(request).send().await?;
        if !res.status().is_success() {
            return Err(DollrError::Status(res.status().as_u16()));
        }
        Ok(res.json().await?)
    }

    pub async fn status(&self, operation: &str, reference_id: &str) -> Result<Execution, DollrError> {
        let token = self.access_token().await?;
        let url = format!("{}{}", self.base_url, paths::status(operation, reference_id));
        let res = self.http.get(url).bearer_auth(token).send().await?;
        if !res.status().is_success() {
            return Err(DollrError::Status(res.status().as_u16()));
        }
        Ok(res.json().await?)
    }
}
