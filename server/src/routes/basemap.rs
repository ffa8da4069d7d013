use axum::{
    extract::{Query, State},
    http::{header, HeaderMap, HeaderValue},
    response::Response,
};
use serde::Deserialize;

use super::{cache::cached, ApiError};
use crate::state::AppState;

#[derive(Deserialize)]
pub struct Version {
    v: Option<String>,
}

/// What never changes at one URL: `?v=` names the data version it was made from.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// The validated base map, byte for byte, compressed once at start-up. At the URL the page
/// is given (`app::model::basemap_href`, with the data version) it may be cached for good; elsewhere
/// it is revalidated by ETag.
pub async fn basemap(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(version): Query<Version>,
) -> Result<Response, ApiError> {
    let data = state.data();
    let current = version.v.as_deref() == Some(data.files_version.as_str());
    let mut response = cached(&data.files_version, "basemap", &headers, || async {
        Ok(data.basemap_body.respond(&headers))
    })
    .await?;
    if current {
        let h = response.headers_mut();
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(IMMUTABLE));
    }
    Ok(response)
}
