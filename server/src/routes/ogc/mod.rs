//! OGC API – Features Part 1 (Core + GeoJSON) under `/ogc`, over the same index as `/api/v1`.
mod documents;

use app::model::params::ParamError;
use axum::{
    extract::{Path, State},
    http::{header, HeaderMap},
    response::{IntoResponse, Response},
    Json,
};
use documents::{link, COLLECTION, CRS84};
use serde_json::{json, Value};

use super::{
    api_error::ApiError,
    cache::cached,
    geojson_response::geojson,
    params::{self, Params},
};
use crate::{feature_cache::feature, state::AppState};

/// Absolute base URL as the client addressed us (links must be resolvable by any client).
fn base(headers: &HeaderMap) -> String {
    format!("{}/ogc", super::origin::origin(headers))
}

/// `/ogc` and `/ogc/` (the form OGC API clients ask for).
pub async fn landing(headers: HeaderMap) -> Json<Value> {
    Json(documents::landing(&base(&headers)))
}

pub async fn api(headers: HeaderMap) -> Response {
    let body = documents::openapi(&base(&headers)).to_string();
    ([(header::CONTENT_TYPE, documents::OPENAPI_JSON)], body).into_response()
}

pub async fn conformance() -> Json<Value> {
    Json(documents::conformance())
}

pub async fn collections(headers: HeaderMap) -> Json<Value> {
    let b = base(&headers);
    Json(json!({
        "links": [link(format!("{b}/collections"), "self", "application/json", "collections")],
        "collections": [documents::collection(&b)]
    }))
}

pub async fn entities_collection(headers: HeaderMap) -> Json<Value> {
    Json(documents::collection(&base(&headers)))
}

pub async fn queryables(headers: HeaderMap) -> Response {
    let body = documents::queryables(&base(&headers)).to_string();
    ([(header::CONTENT_TYPE, "application/schema+json")], body).into_response()
}

/// Strips the OGC-only parameters our query parser does not know, checking them.
fn ogc_params(pairs: &mut params::Pairs) -> Result<(), ApiError> {
    if params::take(pairs, "f")?.is_some_and(|f| !matches!(f.as_str(), "json" | "geojson")) {
        return Err(ParamError::new("f", "only f=json (GeoJSON) is offered").into());
    }
    if params::take(pairs, "bbox-crs")?.is_some_and(|c| c != CRS84) {
        return Err(ParamError::new("bbox-crs", "only CRS84 (lon, lat) is supported").into());
    }
    Ok(())
}

pub async fn items(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(mut pairs): Params,
) -> Result<Response, ApiError> {
    let data = s.data();
    ogc_params(&mut pairs)?;
    let (q, key) = params::query(&pairs)?;
    let b = base(&headers);
    let key = format!("ogc/items?{key}&base={b}");
    cached(&data.version, &key, &headers, || async {
        let found = data.search(&q)?;
        let items = format!("{b}/collections/{COLLECTION}/items");
        let page = |offset: usize| {
            let mut p = q.clone();
            p.offset = offset;
            format!("{items}?{}", p.canonical())
        };
        let kind = "application/geo+json";
        let mut links = vec![link(page(q.offset), "self", kind, "this page")];
        if q.offset + found.ids.len() < found.number_matched {
            links.push(link(page(q.offset + q.limit), "next", kind, "next page"));
        }
        let links = Value::from(links);
        let body = data
            .features
            .collection(&found.ids, found.number_matched, Some(&links));
        Ok(geojson(body))
    })
    .await
}

pub async fn item(
    State(s): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let data = s.data();
    let e = data
        .catalogue
        .entity(&id)
        .ok_or_else(|| ApiError::NotFound(format!("no feature {id:?}")))?;
    let b = base(&headers);
    let key = format!("ogc/item/{id}&base={b}");
    cached(&data.version, &key, &headers, || async {
        let mut f = feature(e);
        let c = format!("{b}/collections/{COLLECTION}");
        f["links"] = json!([
            link(
                format!("{c}/items/{id}"),
                "self",
                "application/geo+json",
                "this feature"
            ),
            link(c, "collection", "application/json", "the collection"),
        ]);
        Ok(geojson(f.to_string()))
    })
    .await
}
