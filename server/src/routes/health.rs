use axum::{extract::State, Json};
use serde_json::{json, Value};

use crate::state::AppState;

/// Liveness plus the data version, so deployments can tell which data a replica serves.
pub async fn healthz(State(state): State<AppState>) -> Json<Value> {
    let data = state.data();
    Json(json!({ "status": "ok", "data_version": data.version }))
}
