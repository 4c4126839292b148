use serde::{Deserialize, Serialize};

#[derive(Serialize, Debug)]
pub struct CollectRequest {
    pub session_id: String,
    pub payment_account_id: String,
    pub currency: String,
    pub reference_id: String,
}

#[derive(Deserialize, Debug)]
pub struct Execution {
    pub status: String,
    pub client_secret: Option<String>,
}

pub async fn collect(http: &reqwest::Client, req: &CollectRequest) -> reqwest::Result<Execution> {
    // ruleid: sensitive-data-logging
    tracing::debug!(?req, "collect request");
    let execution: Execution = http
        .post("https://api.heydollr.app/v1/executions/collection")
        .json(req)
        .send()
        .await?
        .json()
        .await?;
    // ruleid: sensitive-data-logging
    println!("{:?}", execution);
    // ok: sensitive-data-logging
    tracing::info!(reference_id = %req.reference_id, status = %execution.status, "collected");
    Ok(execution)
}
