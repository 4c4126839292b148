use std::time::Duration;
use uuid::Uuid;

pub struct Payout {
    pub session_id: String,
    pub account_id: String,
}

// One payout per recipient of the batch: a fresh reference_id for each is right.
pub async fn pay_batch(client: &reqwest::Client, base: &str, batch: &[Payout], db: &Db) -> anyhow::Result<()> {
    for payout in batch {
        // ok: new-reference-id-on-retry
        let reference_id = Uuid::new_v4().to_string();
        db.insert_payout(&reference_id, &payout.session_id).await?;
        // ok: retry-without-status-check
        client.post(format!("{base}/v1/executions/payout"))
            .json(&serde_json::json!({"session_id": payout.session_id, "payout_account_id": payout.account_id, "reference_id": reference_id}))
            .send()
            .await?;
    }
    Ok(())
}

pub async fn pay_one(client: &reqwest::Client, base: &str, payout: &Payout) -> anyhow::Result<reqwest::Response> {
    let mut delay = Duration::from_secs(1);
    for attempt in 0..3 {
        // ruleid: new-reference-id-on-retry
        let reference_id = Uuid::new_v4().to_string();
        // ruleid: retry-without-status-check
        let sent = client.post(format!("{base}/v1/executions/payout"))
            .json(&serde_json::json!({"session_id": payout.session_id, "payout_account_id": payout.account_id, "reference_id": reference_id}))
            .send()
            .await;
        match sent {
            Ok(res) if res.status().is_success() => return Ok(res),
            _ if attempt < 2 => tokio::time::sleep(delay).await,
            Ok(res) => return Ok(res),
            Err(e) => return Err(e.into()),
        }
        delay *= 2;
    }
    unreachable!()
}
