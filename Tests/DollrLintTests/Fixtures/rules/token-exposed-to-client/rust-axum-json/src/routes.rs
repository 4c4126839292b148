use axum::{extract::{Path, State}, Json};
use serde_json::{json, Value};

use crate::{dollr, AppState};

pub async fn token(State(state): State<AppState>) -> Json<Value> {
    let token = dollr::access_token(&state.http).await.unwrap();
    // ruleid: token-exposed-to-client
    Json(json!({ "access_token": token }))
}

pub async fn status(State(state): State<AppState>, Path(reference_id): Path<String>) -> Json<Value> {
    let token = dollr::access_token(&state.http).await.unwrap();
    let st = dollr::collection_status(&state.http, &token, &reference_id).await.unwrap();
    // ok: token-exposed-to-client
    Json(json!({ "status": st.status, "reference_id": reference_id }))
}
