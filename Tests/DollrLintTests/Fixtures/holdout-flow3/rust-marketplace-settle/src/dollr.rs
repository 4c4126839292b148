use std::time::{Duration, Instant};

use reqwest::Client;
use serde::{Deserialize, Serialize};
use tokio::sync::Mutex;

#[derive(Debug, thiserror::Error)]
pub enum DollrError {
    #[error("transport: {0}")]
    Http(#[from] reqwest::Error),
    #[error("dollr returned {status}: {body}")]
    Api { status: u16, body: String },
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

#[derive(Debug, Deserialize)]
pub struct Session {
    pub id: i64,
}

#[derive(Debug, Deserialize)]
pub struct Execution {
    pub status: String,
    pub reference_id: Option<String>,
    pub gateway_message: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct StatusResponse {
    pub status: String,
}

#[derive(Serialize)]
struct RefundSessionRequest<'a> {
    original_payment_intent_id: i64,
    amount: f64,
    expires_at: &'a str,
    reason: &'a str,
}

#[derive(Serialize)]
struct RefundExecution<'a> {
    session_id: &'a str,
    reference_id: &'a str,
}

pub struct DollrClient {
    base_url: String,
    client_id: String,
    client_secret: String,
    http: Client,
    token: Mutex<Option<CachedToken>>,
}

impl DollrClient {
    pub fn from_env() -> Self {
        Self {
            base_url: std::env::var("DOLLR_BASE_URL").unwrap_or_else(|_| "https://api.heydollr.app".to_string()),
            client_id: std::env::var("DOLLR_CLIENT_ID").expect("DOLLR_CLIENT_ID"),
            client_secret: std::env::var("DOLLR_CLIENT_SECRET").expect("DOLLR_CLIENT_SECRET"),
            http: Client::new(),
            token: Mutex::new(None),
        }
    }

    async fn bearer(&self) -> Result<String, DollrError> {
        let mut guard = self.token.lock().await;
        if let Some(t) = guard.as_ref() {
            if t.expires_at > Instant::now() + Duration::from_secs(30) {
                return Ok(t.value.clone());
            }
        }
        let res: TokenResponse = self
            .http
            .post(format!("{}/v1/jwt/client/obtain/token", self.base_url))
            .json(&serde_json::json!({ "client_id": self.client_id, "client_secret": self.client_secret }))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let expires_at = Instant::now() + Duration::from_secs(res.expires_in);
        *guard = Some(CachedToken { value: res.access_token.clone(), expires_at });
        Ok(res.access_token)
    }

    async fn check(res: reqwest::Response) -> Result<reqwest::Response, DollrError> {
        if res.status().is_success() {
            return Ok(res);
        }
        let status = res.status().as_u16();
        let body = res.text().await.unwrap_or_default();
        Err(DollrError::Api { status, body })
    }

    pub async fn create_refund_session(
        &self,
        original_payment_intent_id: i64,
        amount: f64,
        reason: &str,
        expires_at: &str,
    ) -> Result<Session, DollrError> {
        let body = RefundSessionRequest { original_payment_intent_id, amount, expires_at, reason };
        let res = self.http.post(format!("{}/v1/sessions/refund", self.base_url)).bearer_auth(self.bearer().await?).json(&body).send().await?;
        Ok(Self::check(res).await?.json().await?)
    }

    pub async fn execute_refund(&self, session_id: &str, reference_id: &str) -> Result<Execution, DollrError> {
        let body = RefundExecution { session_id, reference_id };
        let res = self.http.post(format!("{}/v1/executions/refund", self.base_url)).bearer_auth(self.bearer().await?).json(&body).send().await?;
        Ok(Self::check(res).await?.json().await?)
    }

    pub async fn refund_status(&self, reference_id: &str) -> Result<Option<StatusResponse>, DollrError> {
        let res = self.http.get(format!("{}/v1/status/refund/{}", self.base_url, reference_id)).bearer_auth(self.bearer().await?).send().await?;
        if res.status() == reqwest::StatusCode::NOT_FOUND {
            return Ok(None);
        }
        Ok(Some(Self::check(res).await?.json().await?))
    }
}
