//! `/api/v1/chains` and `/api/v1/plan/…`: the sub-industries, the plan's table of
//! contents, one section's text with its mentions, and search within the plan.
use app::model::params::ParamError;
use app::model::{parse_plan_search, CHAINS};
use axum::{
    extract::{Path, State},
    http::HeaderMap,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::json;

use super::{cache::cached, params, params::Params, ApiError};
use crate::plan::views;
use crate::state::AppState;

/// `{id, sector, name_zh, name_en}` of each sub-industry, in plan order.
pub async fn chains(State(s): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let data = s.data();
    cached(&data.version, "chains", &headers, || async {
        Ok(Json(json!({ "chains": CHAINS })).into_response())
    })
    .await
}

pub async fn sections(State(s): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let data = s.data();
    cached(&data.version, "plan/sections", &headers, || async {
        Ok(Json(json!({ "sections": views::toc(&data.plan) })).into_response())
    })
    .await
}

pub async fn section(
    State(s): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let data = s.data();
    let found = views::section(&data.plan, &id).ok_or_else(|| {
        ApiError::NotFound(format!("no section {id:?}; see /api/v1/plan/sections"))
    })?;
    cached(
        &data.version,
        &format!("plan/section/{id}"),
        &headers,
        || async { Ok(Json(found).into_response()) },
    )
    .await
}

/// `q` (required): exact text, whitespace ignored (`parse_plan_search`).
pub async fn search(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(mut pairs): Params,
) -> Result<Response, ApiError> {
    let data = s.data();
    let q = params::take(&mut pairs, "q")?.unwrap_or_default();
    if let Some((k, _)) = pairs.first() {
        return Err(ParamError::new(k, "unknown parameter; known: q").into());
    }
    let q = parse_plan_search(&q)?;
    cached(
        &data.version,
        &format!("plan/search?{q}"),
        &headers,
        || async {
            let hits = views::text_hits(&data.plan, &q);
            Ok(Json(json!({ "q": q, "hits": hits })).into_response())
        },
    )
    .await
}
