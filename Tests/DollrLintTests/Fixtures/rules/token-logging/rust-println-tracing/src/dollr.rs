use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use serde::Deserialize;

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    expires_in: u64,
}

pub async fn token(http: &reqwest::Client) -> reqwest::Result<String> {
    let tr: TokenResponse = http
        .post("https://api.heydollr.app/v1/jwt/client/obtain/token")
        .json(&serde_json::json!({
            "client_id": std::env::var("DOLLR_CLIENT_ID").unwrap(),
            "client_secret": std::env::var("DOLLR_CLIENT_SECRET").unwrap(),
        }))
        .send()
        .await?
        .json()
        .await?;
    // ruleid: token-logging
    println!("token = {}", tr.access_token);
    // ruleid: token-logging
    tracing::info!(token = %tr.access_token, "got dollr token");
    // ok: token-logging
    tracing::info!(expires_in = tr.expires_in, "dollr token refreshed");
    // ok: token-logging
    tracing::debug!(len = tr.access_token.len(), "dollr token length");
    Ok(tr.access_token)
}

pub fn headers(token: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {token}")).unwrap());
    // ruleid: token-logging
    tracing::debug!(?headers, "calling dollr");
    // ok: token-logging
    tracing::debug!(count = headers.len(), "calling dollr");
    headers
}
