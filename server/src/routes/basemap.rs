use axum::{
    extract::State,
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};

use crate::state::AppState;

/// The validated base map, byte for byte, cacheable by data version.
pub async fn basemap(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let etag = format!("\"basemap-{}\"", state.data.version);
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == etag.as_bytes());
    let etag = HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("\"basemap\""));
    let cache = (
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    if fresh {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag), cache]).into_response();
    }
    let body = state.data.basemap.geojson.clone();
    let kind = (
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/geo+json"),
    );
    ([kind, (header::ETAG, etag), cache], body).into_response()
}
