//! `/feeds/changes.atom?city=&sector=`: the change feed, with the map's own parameters.
use app::model::{wire_name, Query};
use axum::{
    extract::State,
    http::{header, HeaderMap},
    response::{IntoResponse, Response},
};

use super::{origin::origin, params::Params, ApiError};
use crate::curation::changes_feed;
use crate::state::AppState;

pub async fn changes(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(pairs): Params,
) -> Result<Response, ApiError> {
    let q = Query::from_pairs(&pairs)?;
    let sectors = q.sectors.iter().map(wire_name).collect();
    let xml = changes_feed(&s.store, &q.cities, &sectors, &origin(&headers)).await?;
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        xml,
    )
        .into_response())
}
