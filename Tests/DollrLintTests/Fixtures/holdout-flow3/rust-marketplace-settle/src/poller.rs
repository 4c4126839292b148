use std::time::Duration;

use sqlx::PgPool;

use crate::dollr::DollrClient;

/// Follow one refund until Dollr reports a final state. PROCESSING just means the
/// operator has not confirmed yet, so we keep waiting with a growing delay.
pub async fn await_refund(dollr: &DollrClient, db: &PgPool, dispute_id: i64, reference_id: &str) -> anyhow_lite::Result<String> {
    let mut delay = Duration::from_secs(2);
    for _ in 0..15 {
        match dollr.refund_status(reference_id).await {
            Ok(Some(st)) if st.status == "COMPLETED" || st.status == "FAILED" => {
                sqlx::query("UPDATE disputes SET refund_status = $1 WHERE id = $2")
                    .bind(&st.status)
                    .bind(dispute_id)
                    .execute(db)
                    .await?;
                return Ok(st.status);
            }
            Ok(Some(st)) => tracing::debug!(dispute_id, status = %st.status, "refund still in flight"),
            Ok(None) => tracing::debug!(dispute_id, "refund not visible yet"),
            Err(e) => tracing::warn!(dispute_id, error = %e, "status check failed"),
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_secs(120));
    }
    Ok("PROCESSING".to_string())
}

mod anyhow_lite {
    pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;
}
