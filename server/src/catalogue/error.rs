use std::path::PathBuf;

use thiserror::Error;

/// Why the catalogue could not be loaded: always the file, and the record when there is one.
#[derive(Debug, Error)]
pub enum CatalogueError {
    #[error("{file}: cannot read: {source}")]
    Read {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("{file}: not valid JSON: {reason}")]
    Syntax { file: PathBuf, reason: String },
    #[error("{file}: record {record}: {reason}")]
    Record {
        file: PathBuf,
        record: String,
        reason: String,
    },
}

impl CatalogueError {
    pub fn record(
        file: &std::path::Path,
        record: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        CatalogueError::Record {
            file: file.to_owned(),
            record: record.into(),
            reason: reason.into(),
        }
    }
}
