use uuid::Uuid;

pub async fn collect(client: &reqwest::Client, base: &str, db: &Db, session_id: &str, account_id: &str) -> anyhow::Result<String> {
    // The docs' order: mint, store, then send.
    // ok: reference-id-after-execute
    let reference_id = Uuid::new_v4().to_string();
    db.insert_payment(&reference_id, "PENDING").await?;
    // ok: reference-id-after-execute
    client
        .post(format!("{base}/v1/executions/collection"))
        .json(&serde_json::json!({
            "session_id": session_id,
            "payment_account_id": account_id,
            "currency": "USD",
            "reference_id": reference_id,
        }))
        .send()
        .await?
        .error_for_status()?;
    Ok(reference_id)
}
