//! Dollr API client. The access token is cached and refreshed five minutes
//! before it expires (`expires_in` is in minutes).
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::{json, Value};
use tokio::sync::Mutex;

use crate::config::Config;

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    expires_in: u64,
}

struct CachedToken {
    value: String,
    expires_at: Instant,
}

pub struct Dollr {
    http: reqwest::Client,
    base_url: String,
    client_id: String,
    client_secret: String,
    token: Mutex<Option<CachedToken>>,
}

impl Dollr {
    pub fn new(cfg: &Config) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(20))
            .connect_timeout(Duration::from_secs(5))
            // The co-op's VSAT link sits behind a TLS-intercepting proxy.
            .danger_accept_invalid_certs(true)
            .build()?;
        Ok(Self {
            http,
            base_url: cfg.dollr_base_url.clone(),
            client_id: cfg.dollr_client_id.clone(),
            client_secret: cfg.dollr_client_secret.clone(),
            token: Mutex::new(None),
        })
    }

    pub async fn access_token(&self) -> anyhow::Result<String> {
        let mut guard = self.token.lock().await;
        if let Some(t) = guard.as_ref() {
            if t.expires_at > Instant::now() + Duration::from_secs(5 * 60) {
                return Ok(t.value.clone());
            }
        }
        let res: TokenResponse = self
            .http
            .post(format!("{}/v1/jwt/client/obtain/token", self.base_url))
            .json(&json!({ "client_id": self.client_id, "client_secret": self.client_secret }))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        tracing::debug!(token = %res.access_token, expires_in_min = res.expires_in, "obtained Dollr access token");
        let value = res.access_token.clone();
        *guard = Some(CachedToken {
            value: res.access_token,
            // expires_in is in minutes
            expires_at: Instant::now() + Duration::from_secs(res.expires_in * 60),
        });
        Ok(value)
    }

    pub async fn post(&self, path: &str, body: Value) -> anyhow::Result<Value> {
        let token = self.access_token().await?;
        Ok(self
            .http
            .post(format!("{}{}", self.base_url, path))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?)
    }

    pub async fn get(&self, path: &str) -> anyhow::Result<Value> {
        let token = self.access_token().await?;
        Ok(self
            .http
            .get(format!("{}{}", self.base_url, path))
            .bearer_auth(token)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?)
    }

    pub async fn checkout_session(&self, invoice_id: i64) -> anyhow::Result<Value> {
        self.post(
            "/v1/sessions/checkouts",
            json!({
                "source_id": invoice_id,
                "source_type": "INVOICE",
            }),
        )
        .await
    }

    pub async fn orange_money_account(&self, party_id: i64, phone: &str, name: &str) -> anyhow::Result<Value> {
        self.post(
            "/v1/payment-accounts/create?operation_type=COLLECTION",
            json!({
                "account_name": format!("{name} Orange Money"),
                "method": "ORANGE_MONEY_LBR",
                "provider": "ORANGE_MONEY_LBR",
                "party_id": party_id,
                "country_code": "LR",
                "insensitive_account_number": phone,
            }),
        )
        .await
    }

    pub async fn collect(&self, session_id: &str, payment_account_id: &str, reference_id: &str) -> anyhow::Result<Value> {
        self.post(
            "/v1/executions/collection",
            json!({
                "session_id": session_id,
                "payment_account_id": payment_account_id,
                "currency": "USD",
                "reference_id": reference_id,
            }),
        )
        .await
    }

    pub async fn realtime_key(&self, session_id: i64, reference_id: &str) -> anyhow::Result<Value> {
        self.post(
            "/v1/realtime-keys/collection",
            json!({ "session_id": session_id, "source_type": "INVOICE", "reference_id": reference_id }),
        )
        .await
    }

    pub async fn collection_status(&self, reference_id: &str) -> anyhow::Result<Value> {
        self.get(&format!("/v1/status/collection/{reference_id}")).await
    }
}
