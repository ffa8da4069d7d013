//! `/api/v1/…` read endpoints. Each parses strictly, asks the index, and shapes JSON.
use app::model::CITIES;
use axum::{
    extract::{Path, State},
    http::HeaderMap,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::json;

use super::{
    api_error::ApiError,
    cache::cached,
    feature::geojson,
    params::{self, Params},
};
use crate::state::AppState;

pub async fn entities(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(pairs): Params,
) -> Result<Response, ApiError> {
    let (q, key) = params::query(&pairs)?;
    Ok(cached(
        &s.data.version,
        &format!("entities?{key}"),
        &headers,
        || {
            let found = s.data.index.search(&q);
            geojson(
                s.data
                    .features
                    .collection(&found.ids, found.number_matched, None),
            )
        },
    ))
}

pub async fn entity(
    State(s): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let body = s
        .data
        .catalogue
        .position(&id)
        .and_then(|i| s.data.features.get(i))
        .ok_or_else(|| ApiError::NotFound(format!("no entity with id {id:?}")))?;
    Ok(cached(
        &s.data.version,
        &format!("entity/{id}"),
        &headers,
        || geojson(body.to_string()),
    ))
}

pub async fn facets(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(pairs): Params,
) -> Result<Response, ApiError> {
    let (q, key) = params::query(&pairs)?;
    Ok(cached(
        &s.data.version,
        &format!("facets?{key}"),
        &headers,
        || {
            let counts = s.data.index.facets(&q);
            let matched = s.data.index.search(&q).number_matched;
            Json(json!({"numberMatched": matched, "facets": counts})).into_response()
        },
    ))
}

pub async fn clusters(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(mut pairs): Params,
) -> Result<Response, ApiError> {
    let zoom = params::take(&mut pairs, "zoom")
        .ok_or_else(|| missing("zoom", "a map zoom level from 0 to 20"))?;
    let zoom = params::int_in("zoom", &zoom, 0..=20)? as u8;
    let (q, key) = params::query(&pairs)?;
    let bbox = q
        .bbox
        .ok_or_else(|| missing("bbox", "the viewport as minLon,minLat,maxLon,maxLat"))?;
    Ok(cached(
        &s.data.version,
        &format!("clusters?zoom={zoom}&{key}"),
        &headers,
        || {
            Json(json!({"zoom": zoom, "clusters": s.data.index.clusters(&q, bbox, zoom)}))
                .into_response()
        },
    ))
}

pub async fn city(
    State(s): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
) -> Result<Response, ApiError> {
    // "福州" and "福州市" both name the city; 平潭 is 平潭综合实验区.
    let city = CITIES
        .iter()
        .find(|c| {
            **c == name
                || c.trim_end_matches('市') == name
                || (name == "平潭" && c.starts_with("平潭"))
        })
        .ok_or_else(|| {
            ApiError::NotFound(format!(
                "unknown city {name:?}; known: {}",
                CITIES.join(" ")
            ))
        })?;
    Ok(cached(
        &s.data.version,
        &format!("city/{city}"),
        &headers,
        || Json(s.data.index.city_profile(city)).into_response(),
    ))
}

/// Unknown API paths answer JSON, not the HTML 404 page.
pub async fn unknown(uri: axum::http::Uri) -> ApiError {
    ApiError::NotFound(format!("no API endpoint {}", uri.path()))
}

fn missing(param: &str, what: &str) -> ApiError {
    ApiError::BadParam(app::model::QueryError {
        param: param.into(),
        message: format!("required: {what}"),
    })
}
