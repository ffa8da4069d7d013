//! An entity's history as the API and the history page show it: newest first, each
//! revision with who proposed and approved it, when, the source and the diff.
use app::model::{ChangeSource, FieldChange};
use serde::Serialize;

use super::overlay::day_of;
use super::{CurationError, Published};
use crate::store::{RevisionRow, Store};

#[derive(Clone, Debug, Serialize)]
pub struct HistoryEntry {
    pub revision: u64,
    /// Unix milliseconds, and the day (UTC); absent for the data files' baseline.
    pub at: Option<i64>,
    pub date: Option<String>,
    pub proposed_by: Option<String>,
    pub approved_by: Option<String>,
    pub reason: String,
    pub source: Option<ChangeSource>,
    pub changes: Vec<FieldChange>,
}

impl HistoryEntry {
    pub fn of(row: &RevisionRow) -> Result<HistoryEntry, CurationError> {
        let corrupt =
            |e: serde_json::Error| CurationError::Corrupt(format!("revision {}: {e}", row.seq));
        Ok(HistoryEntry {
            revision: u64::try_from(row.revision).unwrap_or_default(),
            at: Some(row.at),
            date: Some(day_of(row.at)),
            proposed_by: Some(row.proposed_by.clone()),
            approved_by: Some(row.approved_by.clone()),
            reason: row.reason.clone(),
            source: Some(serde_json::from_str(&row.source).map_err(corrupt)?),
            changes: serde_json::from_str(&row.diff).map_err(corrupt)?,
        })
    }
}

/// Every revision of entity `id`, the baseline last; `None` if there is no such entity.
pub async fn history(
    store: &Store,
    published: &Published,
    id: &str,
) -> Result<Option<Vec<HistoryEntry>>, CurationError> {
    let mut conn = store.pool.acquire().await?;
    let rows = RevisionRow::list(&mut conn, Some(id), i64::MAX).await?;
    let baseline = published.baseline().catalogue.entity(id);
    if rows.is_empty() && baseline.is_none() {
        return Ok(None);
    }
    let mut out = rows
        .iter()
        .map(HistoryEntry::of)
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(b) = baseline {
        out.push(HistoryEntry {
            revision: b.props.revision,
            at: None,
            date: None,
            proposed_by: None,
            approved_by: None,
            reason: "the data files' baseline / 数据文件基线".into(),
            source: None,
            changes: Vec::new(),
        });
    }
    Ok(Some(out))
}
