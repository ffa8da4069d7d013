//! Errors of the JSON API. Bad input is the client's to fix (400 naming the parameter, or
//! 401/403/404/409/429 with a message); anything else is logged here and answered with a
//! generic 500 that reveals nothing.
use app::model::params::ParamError;
use axum::{
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use serde_json::json;

use crate::auth::AuthError;

#[derive(Debug)]
pub enum ApiError {
    BadParam(ParamError),
    Unauthorized(String),
    Forbidden(String),
    NotFound(String),
    Conflict(String),
    TooManyRequests(String),
    Internal(String),
}

impl From<ParamError> for ApiError {
    fn from(e: ParamError) -> Self {
        ApiError::BadParam(e)
    }
}

impl From<crate::render::RenderError> for ApiError {
    fn from(e: crate::render::RenderError) -> Self {
        match e {
            crate::render::RenderError::Param(p) => ApiError::BadParam(p),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<AuthError> for ApiError {
    fn from(e: AuthError) -> Self {
        let message = e.to_string();
        match e {
            AuthError::BadInput(p) => ApiError::BadParam(p),
            AuthError::Unauthenticated | AuthError::WrongCredentials => {
                ApiError::Unauthorized(message)
            }
            AuthError::Forbidden(_) => ApiError::Forbidden(message),
            AuthError::Throttled => ApiError::TooManyRequests(message),
            AuthError::NotFound(_) => ApiError::NotFound(message),
            AuthError::Conflict(_) => ApiError::Conflict(message),
            AuthError::Store(_) | AuthError::Internal(_) => ApiError::Internal(message),
        }
    }
}

impl From<crate::curation::CurationError> for ApiError {
    fn from(e: crate::curation::CurationError) -> Self {
        use crate::curation::CurationError as C;
        match e {
            C::Bad(p) => ApiError::BadParam(p),
            C::NotFound(m) => ApiError::NotFound(m),
            C::Forbidden(m) => ApiError::Forbidden(m),
            C::Conflict(m) => ApiError::Conflict(m),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadParam(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// What the client is told; an internal error's detail is logged here instead.
    pub fn public_message(&self) -> String {
        match self {
            ApiError::BadParam(e) => e.to_string(),
            ApiError::Unauthorized(m)
            | ApiError::Forbidden(m)
            | ApiError::NotFound(m)
            | ApiError::Conflict(m)
            | ApiError::TooManyRequests(m) => m.clone(),
            ApiError::Internal(detail) => {
                tracing::error!(%detail, "internal error");
                "internal error; it has been logged".into()
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let body = match &self {
            ApiError::BadParam(e) => json!({"error": {"param": e.param, "message": e.message}}),
            _ => json!({"error": {"message": self.public_message()}}),
        };
        if status == StatusCode::TOO_MANY_REQUESTS {
            return (status, [(header::RETRY_AFTER, "60")], Json(body)).into_response();
        }
        (status, Json(body)).into_response()
    }
}
