//! A JSON request body whose problems are 400s naming what is wrong, like query parameters
//! (axum's own `Json` answers some with 415 or 422 and plain text).
use axum::{
    body::Bytes,
    extract::{FromRequest, Request},
    http::header,
};
use serde::de::DeserializeOwned;

use super::ApiError;
use app::model::params::ParamError;

/// Bodies are small JSON documents; larger ones are refused before parsing.
pub const MAX_BODY_BYTES: usize = 1 << 20;

pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        if !json {
            let msg = "send the body as JSON with Content-Type: application/json";
            return Err(ParamError::new("body", msg).into());
        }
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|e| ParamError::new("body", e.to_string()))?;
        if bytes.len() > MAX_BODY_BYTES {
            return Err(ParamError::new("body", "at most 1 MiB").into());
        }
        serde_json::from_slice(&bytes)
            .map(JsonBody)
            .map_err(|e| ParamError::new("body", format!("not the JSON expected: {e}")).into())
    }
}
