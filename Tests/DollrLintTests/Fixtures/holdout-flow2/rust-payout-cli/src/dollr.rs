use anyhow::{bail, Result};
use serde::Deserialize;
use std::time::{Duration, Instant};

const BASE_URL: &str = "https://api.heydollr.app";

#[derive(Deserialize)]
struct Token {
    access_token: String,
    expires_in: u64,
}

#[derive(Deserialize, Debug)]
pub struct Status {
    pub status: String,
}

pub struct Dollr {
    http: reqwest::Client,
    token: Option<(String, Instant)>,
}

impl Dollr {
    pub fn new() -> Self {
        Self { http: reqwest::Client::new(), token: None }
    }

    async fn bearer(&mut self) -> Result<String> {
        if let Some((token, expires_at)) = &self.token {
            if expires_at.saturating_duration_since(Instant::now()) > Duration::from_secs(300) {
                return Ok(token.clone());
            }
        }
        let tok: Token = self
            .http
            .post(format!("{BASE_URL}/v1/jwt/client/obtain/token"))
            .json(&serde_json::json!({
                "client_id": std::env::var("DOLLR_CLIENT_ID")?,
                "client_secret": std::env::var("DOLLR_CLIENT_SECRET")?,
            }))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let expires_at = Instant::now() + Duration::from_secs(tok.expires_in);
        self.token = Some((tok.access_token.clone(), expires_at));
        Ok(tok.access_token)
    }

    pub async fn collection_status(&mut self, reference_id: &str) -> Result<Status> {
        for _ in 0..3 {
            let bearer = self.bearer().await?;
            let res = self
                .http
                .get(format!("{BASE_URL}/v1/status/collection/{reference_id}"))
                .bearer_auth(bearer)
                .send()
                .await?;
            if res.status() == reqwest::StatusCode::TOO_MANY_REQUESTS {
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
            if !res.status().is_success() {
                bail!("status {reference_id}: HTTP {}", res.status());
            }
            return Ok(res.json().await?);
        }
        bail!("status {reference_id}: still rate limited")
    }
}
