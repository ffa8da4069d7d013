//! What a suggestion must carry besides its changes: a reason and a dated source.
use app::model::ChangeSource;
use serde::Deserialize;
use serde_json::Value;

use super::CurationError;
use crate::catalogue::{is_date, is_web_address};

const MAX_TEXT: usize = 2000;

/// The body of `POST /api/v1/suggestions`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    /// Absent for a new entity.
    #[serde(default)]
    pub entity_id: Option<String>,
    #[serde(default)]
    pub base_revision: Option<u64>,
    pub changes: Value,
    pub reason: String,
    pub source: ChangeSource,
    /// `wgs84` (default) or `gcj02`: the datum of the coordinates in `changes.members`.
    #[serde(default)]
    pub datum: Option<String>,
}

fn short(param: &str, text: &str) -> Result<(), CurationError> {
    if text.chars().count() > MAX_TEXT {
        return Err(CurationError::bad(
            param,
            format!("longer than {MAX_TEXT} characters"),
        ));
    }
    Ok(())
}

/// A non-empty reason, and a source that names a document (title or web address) or says
/// it is local knowledge, with a real date.
pub fn check_source(reason: &str, s: &ChangeSource) -> Result<(), CurationError> {
    if reason.trim().is_empty() {
        return Err(CurationError::bad("reason", "say why the change is right"));
    }
    short("reason", reason)?;
    let title = s.title.as_deref().map(str::trim).unwrap_or_default();
    let url = s.url.as_deref().map(str::trim).unwrap_or_default();
    if title.is_empty() && url.is_empty() && !s.local_knowledge {
        return Err(CurationError::bad(
            "source",
            "name a document (title or url) or set local_knowledge",
        ));
    }
    short("source.title", title)?;
    if !url.is_empty() && !is_web_address(url) {
        return Err(CurationError::bad("source.url", "an http(s) address"));
    }
    short("source.url", url)?;
    is_date(&s.date).map_err(|e| CurationError::bad("source.date", e))
}
