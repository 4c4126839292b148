//! Smoke test against the live API: collects 1 USD from the test wallet.
//! Session 55 and payment account 18 were created in the merchant portal.
//!
//!     cargo run --bin smoke
use kakata_farm_supply::config::Config;
use kakata_farm_supply::dollr::Dollr;
use serde_json::json;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    dotenvy::dotenv().ok();
    let dollr = Dollr::new(&Config::from_env()?)?;

    let execution = dollr
        .post(
            "/v1/executions/collection",
            json!({
                "session_id": "55",
                "payment_account_id": "18",
                "currency": "USD",
                "reference_id": "2c5ea4c0-4067-11e9-8bad-9b1deb4d3b7d",
            }),
        )
        .await?;
    println!("execution status: {}", execution["status"]);
    Ok(())
}
