//! Seller payouts for the card side of the marketplace go through our own
//! Stripe Connect account. Dollr is not involved here.
use std::time::Duration;

use reqwest::Client;
use uuid::Uuid;

pub struct StripeConnect {
    http: Client,
    secret_key: String,
}

impl StripeConnect {
    pub fn from_env() -> Self {
        Self { http: Client::new(), secret_key: std::env::var("STRIPE_SECRET_KEY").expect("STRIPE_SECRET_KEY") }
    }

    pub async fn transfer_to_seller(&self, account: &str, cents: i64) -> Result<serde_json::Value, reqwest::Error> {
        let mut attempt = 0;
        loop {
            let res = self
                .http
                .post("https://api.stripe.com/v1/transfers")
                .basic_auth(&self.secret_key, Some(""))
                .header("Idempotency-Key", Uuid::new_v4().to_string())
                .form(&[("amount", cents.to_string()), ("currency", "usd".to_string()), ("destination", account.to_string())])
                .send()
                .await;
            match res {
                Ok(r) => return r.error_for_status()?.json().await,
                Err(e) if attempt < 2 && e.is_connect() => {
                    attempt += 1;
                    tokio::time::sleep(Duration::from_millis(500 * attempt)).await;
                }
                Err(e) => return Err(e),
            }
        }
    }
}
