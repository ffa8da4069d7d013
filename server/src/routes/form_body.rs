//! An HTML form's body (`application/x-www-form-urlencoded`) as pairs.
use axum::{
    body::Bytes,
    extract::{FromRequest, Request},
    http::header,
};

use super::ApiError;
use app::model::params::{query_pairs, ParamError};

pub struct FormBody(pub Vec<(String, String)>);

impl FormBody {
    /// The field's value, empty if the form did not send it.
    pub fn field(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}

impl<S: Send + Sync> FromRequest<S> for FormBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !form {
            return Err(ParamError::new("body", "expected an HTML form").into());
        }
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|e| ParamError::new("body", e.to_string()))?;
        if bytes.len() > super::json_body::MAX_BODY_BYTES {
            return Err(ParamError::new("body", "at most 1 MiB").into());
        }
        Ok(FormBody(query_pairs(&String::from_utf8_lossy(&bytes))))
    }
}
