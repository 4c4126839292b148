use std::time::Duration;

/// Daraja OAuth for Kenyan routes; Safaricom tokens last an hour.
pub async fn mpesa_token(key: &str, secret: &str) -> reqwest::Result<String> {
    let http = reqwest::Client::builder().timeout(Duration::from_secs(15)).build()?;
    let res: serde_json::Value = http
        .get("https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials")
        .basic_auth(key, Some(secret))
        .send()
        .await?
        .json()
        .await?;
    Ok(res["access_token"].as_str().unwrap_or_default().to_owned())
}
