use app::model::ParamError;
use thiserror::Error;

use crate::plan::PlanError;
use crate::store::StoreError;

/// Why a curation step was refused or failed.
#[derive(Debug, Error)]
pub enum CurationError {
    /// The client's input: a field of the request (`changes.name_zh`, `source.date` …).
    #[error("{0}")]
    Bad(ParamError),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Forbidden(String),
    /// The entity moved on since the suggestion's base revision, or it was already decided.
    #[error("{0}")]
    Conflict(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("rebuilding the published data: {0}")]
    Publish(#[from] PlanError),
    #[error("the store holds a revision that does not parse: {0}")]
    Corrupt(String),
}

impl CurationError {
    pub fn bad(param: &str, message: impl Into<String>) -> CurationError {
        CurationError::Bad(ParamError::new(param, message))
    }
}

impl From<sqlx::Error> for CurationError {
    fn from(e: sqlx::Error) -> Self {
        CurationError::Store(StoreError::Query(e))
    }
}
