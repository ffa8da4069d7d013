//! `/api/v1/…` read endpoints. Each parses strictly, asks the index, and shapes JSON.
use app::model::params::{parse_city, parse_int_in, ParamError};
use app::model::ClustersAnswer;
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
    geojson_response::geojson,
    params::{self, Params},
};
use crate::state::AppState;

pub async fn entities(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(pairs): Params,
) -> Result<Response, ApiError> {
    let data = s.data();
    let (q, key) = params::query(&pairs)?;
    cached(
        &data.version,
        &format!("entities?{key}"),
        &headers,
        || async {
            let (found, evidence) = data.search_with_evidence(&q)?;
            let body = data
                .features
                .collection_with(&found.ids, found.number_matched, None, |i| {
                    evidence.get(&i).map(|e| serde_json::json!(e))
                });
            Ok(geojson(body))
        },
    )
    .await
}

pub async fn entity(
    State(s): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let data = s.data();
    let body = data
        .catalogue
        .position(&id)
        .and_then(|i| data.features.get(i))
        .ok_or_else(|| ApiError::NotFound(format!("no entity with id {id:?}")))?;
    cached(&data.version, &format!("entity/{id}"), &headers, || async {
        Ok(geojson(body.to_string()))
    })
    .await
}

pub async fn facets(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(pairs): Params,
) -> Result<Response, ApiError> {
    let data = s.data();
    let (q, key) = params::query(&pairs)?;
    cached(
        &data.version,
        &format!("facets?{key}"),
        &headers,
        || async {
            let counts = data.facets(&q)?;
            let matched = data.search(&q)?.number_matched;
            Ok(Json(json!({"numberMatched": matched, "facets": counts})).into_response())
        },
    )
    .await
}

pub async fn clusters(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(mut pairs): Params,
) -> Result<Response, ApiError> {
    let data = s.data();
    let zoom = params::take(&mut pairs, "zoom")?
        .ok_or_else(|| missing("zoom", "a map zoom level from 0 to 20"))?;
    let zoom = parse_int_in("zoom", &zoom, 0..=20)? as u8;
    let (q, key) = params::query(&pairs)?;
    let bbox = q
        .bbox
        .ok_or_else(|| missing("bbox", "the viewport as minLon,minLat,maxLon,maxLat"))?;
    let key = format!("clusters?zoom={zoom}&{key}");
    cached(&data.version, &key, &headers, || async {
        let clusters = data.clusters(&q, bbox, zoom)?;
        Ok(Json(ClustersAnswer { zoom, clusters }).into_response())
    })
    .await
}

pub async fn city(
    State(s): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
) -> Result<Response, ApiError> {
    let data = s.data();
    // A path names no parameter, so an unknown city is "not found", with the same message.
    let city = parse_city("city", &name).map_err(|e| ApiError::NotFound(e.message))?;
    cached(&data.version, &format!("city/{city}"), &headers, || async {
        Ok(Json(data.index.city_profile(city)).into_response())
    })
    .await
}

/// Unknown API paths answer JSON, not the HTML 404 page.
pub async fn unknown(uri: axum::http::Uri) -> ApiError {
    ApiError::NotFound(format!("no API endpoint {}", uri.path()))
}

fn missing(param: &str, what: &str) -> ApiError {
    ApiError::BadParam(ParamError::new(param, format!("required: {what}")))
}
