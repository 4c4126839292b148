mod dollr;
mod poller;
mod refunds;
mod stripe_payouts;

use std::sync::Arc;

use sqlx::postgres::PgPoolOptions;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    tracing_subscriber::fmt::init();
    let db = PgPoolOptions::new().max_connections(5).connect(&std::env::var("DATABASE_URL")?).await?;
    let dollr = Arc::new(dollr::DollrClient::from_env());

    let disputes: Vec<refunds::Dispute> = sqlx::query_as(
        "SELECT id, payment_intent_id, amount, reason FROM disputes WHERE decision = 'BUYER' AND refund_reference_id IS NULL",
    )
    .fetch_all(&db)
    .await?;

    for dispute in &disputes {
        match refunds::refund_dispute(&dollr, &db, dispute).await {
            Ok(refunds::RefundOutcome::Submitted(reference_id)) => {
                let status = poller::await_refund(&dollr, &db, dispute.id, &reference_id).await?;
                tracing::info!(dispute = dispute.id, %status, "refund settled");
            }
            Ok(refunds::RefundOutcome::Rejected(msg)) => tracing::warn!(dispute = dispute.id, %msg, "refund rejected"),
            Err(e) => tracing::error!(dispute = dispute.id, error = %e, "refund failed"),
        }
    }
    Ok(())
}
