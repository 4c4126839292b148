use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::dollr::Dollr;

pub struct AppState {
    pub dollr: Dollr,
    pub db: sqlx::PgPool,
}

type Shared = State<Arc<AppState>>;
type ApiResult = Result<Json<Value>, (StatusCode, String)>;

fn internal(e: impl std::fmt::Display) -> (StatusCode, String) {
    tracing::error!(error = %e, "request failed");
    (StatusCode::BAD_GATEWAY, "payment provider error".into())
}

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/api/invoices/:id/pay", post(pay))
        .route("/api/payments/:reference_id", get(status))
        .route("/api/payments/:reference_id/realtime-key", post(realtime_key))
        .route("/api/dollr/token", get(dollr_token))
        .with_state(state)
}

#[derive(Deserialize)]
struct PayRequest {
    phone: String,
    name: String,
}

async fn pay(State(state): Shared, Path(invoice_id): Path<i64>, Json(req): Json<PayRequest>) -> ApiResult {
    let (dollr_invoice_id, party_id): (i64, i64) =
        sqlx::query_as("SELECT dollr_invoice_id, dollr_party_id FROM invoices WHERE id = $1")
            .bind(invoice_id)
            .fetch_one(&state.db)
            .await
            .map_err(internal)?;

    let session = state.dollr.checkout_session(dollr_invoice_id).await.map_err(internal)?;
    let account = state.dollr.orange_money_account(party_id, &req.phone, &req.name).await.map_err(internal)?;
    let session_id = session["id"].as_i64().unwrap_or_default();

    // Idempotency key: stored before the execute call.
    let reference_id = Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO payments (reference_id, invoice_id, dollr_session_id, status) VALUES ($1, $2, $3, 'PENDING')")
        .bind(&reference_id)
        .bind(invoice_id)
        .bind(session_id)
        .execute(&state.db)
        .await
        .map_err(internal)?;

    let execution = state
        .dollr
        .collect(&session_id.to_string(), &account["id"].to_string(), &reference_id)
        .await
        .map_err(internal)?;
    let status = execution["status"].as_str().unwrap_or("PENDING");
    tracing::info!(reference_id = %reference_id, status = %status, "collection submitted");
    Ok(Json(json!({ "reference_id": reference_id, "status": status })))
}

async fn status(State(state): Shared, Path(reference_id): Path<String>) -> ApiResult {
    let result = state.dollr.collection_status(&reference_id).await.map_err(internal)?;
    let status = result["status"].as_str().unwrap_or("PENDING").to_string();
    tracing::info!(reference_id = %reference_id, status = %status, gateway = ?result.get("gateway_message"), "status checked");
    Ok(Json(json!({ "reference_id": reference_id, "status": status })))
}

/// Supabase Realtime key for the live status page: short-lived and meant for the browser.
async fn realtime_key(State(state): Shared, Path(reference_id): Path<String>) -> ApiResult {
    let (session_id,): (i64,) = sqlx::query_as("SELECT dollr_session_id FROM payments WHERE reference_id = $1")
        .bind(&reference_id)
        .fetch_one(&state.db)
        .await
        .map_err(internal)?;
    let key = state.dollr.realtime_key(session_id, &reference_id).await.map_err(internal)?;
    Ok(Json(json!({ "access_token": key["access_token"], "expires_in": key["expires_in"] })))
}

/// The field-agent tablet app still asks for this to call Dollr itself.
async fn dollr_token(State(state): Shared) -> ApiResult {
    let token = state.dollr.access_token().await.map_err(internal)?;
    Ok(Json(json!({ "access_token": token })))
}
