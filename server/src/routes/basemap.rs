use axum::{
    extract::State,
    http::{header, HeaderMap},
    response::{IntoResponse, Response},
};

use super::cache::cached;
use crate::state::AppState;

/// The validated base map, byte for byte, cacheable by data version.
pub async fn basemap(State(state): State<AppState>, headers: HeaderMap) -> Response {
    cached(&state.data.version, "basemap", &headers, || {
        let body = state.data.basemap.geojson.clone();
        ([(header::CONTENT_TYPE, "application/geo+json")], body).into_response()
    })
}
