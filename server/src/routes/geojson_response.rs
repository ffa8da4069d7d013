use axum::{
    http::header,
    response::{IntoResponse, Response},
};

/// A GeoJSON body with its media type.
pub fn geojson(body: String) -> Response {
    ([(header::CONTENT_TYPE, "application/geo+json")], body).into_response()
}
