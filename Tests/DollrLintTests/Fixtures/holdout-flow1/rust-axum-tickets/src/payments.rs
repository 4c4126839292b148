use crate::db::Db;
use crate::dollr::{CollectRequest, DollrClient, DollrError, Execution};
use std::time::Duration;
use uuid::Uuid;

pub struct Booking {
    pub id: i64,
    pub session_id: String,
    pub account_id: String,
    pub currency: String,
}

/// Collects a ticket payment. The reference is minted once and stored before the first attempt; a
/// lost response is followed by a status query with the same reference before trying again.
pub async fn pay_booking(dollr: &DollrClient, db: &Db, booking: &Booking) -> Result<Execution, DollrError> {
    let reference_id = Uuid::new_v4().to_string();
    db.save_reference(booking.id, &reference_id).await;

    let request = CollectRequest {
        session_id: &booking.session_id,
        payment_account_id: &booking.account_id,
        currency: &booking.currency,
        reference_id: &reference_id,
    };
    let mut delay = Duration::from_secs(1);
    let mut last_error = None;
    for _ in 0..3 {
        match dollr.collect(&request).await {
            Ok(execution) => return Ok(execution),
            Err(DollrError::Status(code)) if code < 500 => return Err(DollrError::Status(code)),
            Err(err) => last_error = Some(err),
        }
        if let Ok(landed) = dollr.status("collection", &reference_id).await {
            if landed.status == "COMPLETED" || landed.status == "PROCESSING" {
                return Ok(landed);
            }
        }
        tokio::time::sleep(delay).await;
        delay *= 2;
    }
    Err(last_error.expect("three failed attempts"))
}

pub enum Outcome {
    Paid,
    Waiting,
    Failed,
}

pub fn outcome(execution: &Execution) -> Outcome {
    match execution.status.as_str() {
        "COMPLETED" => Outcome::Paid,
        "FAILED" => Outcome::Failed,
        // PENDING and PROCESSING: the passenger is still approving on the handset
        _ => Outcome::Waiting,
    }
}
