use axum::{
    extract::State,
    http::{header, HeaderMap},
    response::{IntoResponse, Response},
};

use super::{cache::cached, ApiError};
use crate::state::AppState;

/// The validated base map, byte for byte, cacheable by data version.
pub async fn basemap(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    cached(&state.data.version, "basemap", &headers, || async {
        let body = state.data.basemap.geojson.clone();
        Ok(([(header::CONTENT_TYPE, "application/geo+json")], body).into_response())
    })
    .await
}
