use std::time::Duration;

use chrono::Utc;
use sqlx::PgPool;
use uuid::Uuid;

use crate::dollr::{DollrClient, DollrError};

#[derive(Debug, sqlx::FromRow)]
pub struct Dispute {
    pub id: i64,
    pub payment_intent_id: i64,
    pub amount: f64,
    pub reason: String,
}

#[derive(Debug)]
pub enum RefundOutcome {
    Submitted(String),
    Rejected(String),
}

#[derive(Debug, thiserror::Error)]
pub enum SettleError {
    #[error(transparent)]
    Dollr(#[from] DollrError),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    #[error("gave up after retries: {0}")]
    Exhausted(String),
}

/// Refund a buyer after a dispute was decided in their favour.
pub async fn refund_dispute(dollr: &DollrClient, db: &PgPool, dispute: &Dispute) -> Result<RefundOutcome, SettleError> {
    let expires_at = (Utc::now() + chrono::Duration::minutes(15)).to_rfc3339();
    let session = dollr
        .create_refund_session(dispute.payment_intent_id, dispute.amount, &dispute.reason, &expires_at)
        .await?;
    let session_id = session.id.to_string();

    let mut last_err = String::new();
    for attempt in 0..3u32 {
        let reference_id = Uuid::new_v4().to_string();
        sqlx::query("UPDATE disputes SET refund_reference_id = $1 WHERE id = $2")
            .bind(&reference_id)
            .bind(dispute.id)
            .execute(db)
            .await?;

        match dollr.execute_refund(&session_id, &reference_id).await {
            Ok(exec) => {
                if exec.status == "FAILED" || exec.status == "PROCESSING" {
                    return Ok(RefundOutcome::Rejected(exec.gateway_message.unwrap_or_default()));
                }
                return Ok(RefundOutcome::Submitted(reference_id));
            }
            Err(DollrError::Http(e)) if e.is_timeout() || e.is_connect() => {
                last_err = e.to_string();
            }
            Err(DollrError::Api { status, body }) if status >= 500 => {
                last_err = format!("{status}: {body}");
            }
            Err(e) => return Err(e.into()),
        }
        tracing::warn!(dispute = dispute.id, attempt, "refund execute failed, retrying");
        tokio::time::sleep(Duration::from_secs(2u64.pow(attempt))).await;
    }
    Err(SettleError::Exhausted(last_err))
}
