//! Errors of the JSON API. Bad input is the client's to fix (400/404, with the parameter);
//! anything else is logged here and answered with a generic 500 that reveals nothing.
use app::model::ParamError;
use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde_json::json;

#[derive(Debug)]
pub enum ApiError {
    BadParam(ParamError),
    NotFound(String),
    Internal(String),
}

impl From<ParamError> for ApiError {
    fn from(e: ParamError) -> Self {
        ApiError::BadParam(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            ApiError::BadParam(e) => (
                StatusCode::BAD_REQUEST,
                json!({"error": {"param": e.param, "message": e.message}}),
            ),
            ApiError::NotFound(message) => (
                StatusCode::NOT_FOUND,
                json!({"error": {"message": message}}),
            ),
            ApiError::Internal(detail) => {
                tracing::error!(%detail, "internal error");
                let message = "internal error; it has been logged";
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    json!({"error": {"message": message}}),
                )
            }
        };
        (status, Json(body)).into_response()
    }
}
