//! `/api/v1/suggestions` and an entity's history and revert: the curation workflow for
//! scripts. Every write checks the role here (editor to propose, reviewer to decide).
use app::model::{wire_name, Query};
use axum::{
    extract::{Path, State},
    http::StatusCode,
    Json,
};
use serde::Deserialize;
use serde_json::{json, Value};

use super::auth_extract::{Auth, ClientAddress, Editor, Reviewer};
use super::params::{take, Pairs, Params};
use super::{json_body::JsonBody, ApiError};
use crate::curation::{self, Proposal, QueueFilter, STATUSES};
use crate::state::AppState;

pub async fn propose(
    State(s): State<AppState>,
    address: ClientAddress,
    Auth(editor, _): Auth<Editor>,
    JsonBody(p): JsonBody<Proposal>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let id = curation::propose(&s.store, &s.published, &editor.actor(&address), p).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": id }))))
}

/// `status`, `author`, and the map's own `city` and `sector` parameters (one parser).
pub fn queue_filter(mut pairs: Pairs) -> Result<QueueFilter, ApiError> {
    let status = take(&mut pairs, "status")?;
    if let Some(st) = status.as_deref().filter(|st| !STATUSES.contains(st)) {
        let msg = format!("{st:?} is not one of {}", STATUSES.join(", "));
        return Err(app::model::ParamError::new("status", msg).into());
    }
    let author = take(&mut pairs, "author")?.filter(|a| !a.is_empty());
    let q = Query::from_pairs(&pairs)?;
    Ok(QueueFilter {
        status,
        author,
        cities: q.cities,
        sectors: q.sectors.iter().map(wire_name).collect(),
    })
}

pub async fn list(
    State(s): State<AppState>,
    _: Auth<Editor>,
    Params(pairs): Params,
) -> Result<Json<Value>, ApiError> {
    let filter = queue_filter(pairs)?;
    let found = curation::suggestions(&s.store, &filter).await?;
    Ok(Json(json!({ "suggestions": found })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    #[serde(default)]
    comment: String,
}

pub async fn approve(
    State(s): State<AppState>,
    address: ClientAddress,
    Auth(reviewer, _): Auth<Reviewer>,
    Path(id): Path<String>,
    JsonBody(c): JsonBody<Comment>,
) -> Result<Json<Value>, ApiError> {
    let who = reviewer.actor(&address);
    let done = curation::approve(&s.store, &s.published, &who, &id, &c.comment).await?;
    Ok(Json(json!(done)))
}

pub async fn reject(
    State(s): State<AppState>,
    address: ClientAddress,
    Auth(reviewer, _): Auth<Reviewer>,
    Path(id): Path<String>,
    JsonBody(c): JsonBody<Comment>,
) -> Result<Json<Value>, ApiError> {
    curation::reject(&s.store, &reviewer.actor(&address), &id, &c.comment).await?;
    Ok(Json(json!({ "id": id, "status": "rejected" })))
}

pub async fn rebase(
    State(s): State<AppState>,
    address: ClientAddress,
    Auth(editor, _): Auth<Editor>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let who = editor.actor(&address);
    let base = curation::rebase(&s.store, &s.published, &who, &id).await?;
    Ok(Json(json!({ "id": id, "base_revision": base })))
}

pub async fn history(
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    match curation::history(&s.store, &s.published, &id).await? {
        Some(h) => Ok(Json(json!({ "id": id, "revisions": h }))),
        None => Err(ApiError::NotFound(format!("no entity {id:?}"))),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revert {
    revision: u64,
    reason: String,
}

pub async fn revert(
    State(s): State<AppState>,
    address: ClientAddress,
    Auth(reviewer, _): Auth<Reviewer>,
    Path(id): Path<String>,
    JsonBody(r): JsonBody<Revert>,
) -> Result<Json<Value>, ApiError> {
    let who = reviewer.actor(&address);
    let done = curation::revert(&s.store, &s.published, &who, &id, r.revision, &r.reason).await?;
    Ok(Json(json!(done)))
}
