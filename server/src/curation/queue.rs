//! The review queue: suggestions as the API and the queue page list them, filterable.
use std::collections::BTreeSet;

use app::model::{ChangeSource, FieldChange};
use serde::Serialize;
use serde_json::Value;

use super::CurationError;
use crate::store::{Store, SuggestionRow};

/// Which suggestions to list; `None` matches all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueueFilter {
    pub status: Option<String>,
    /// Any of these cities; empty matches all.
    pub cities: BTreeSet<String>,
    /// Any of these sectors' wire names (`new_materials` …); empty matches all.
    pub sectors: BTreeSet<String>,
    pub author: Option<String>,
}

pub const STATUSES: [&str; 3] = ["pending", "approved", "rejected"];

#[derive(Clone, Debug, Serialize)]
pub struct SuggestionView {
    pub id: String,
    pub entity_id: String,
    pub is_new: bool,
    pub base_revision: i64,
    pub changes: Value,
    pub diff: Vec<FieldChange>,
    pub reason: String,
    pub source: ChangeSource,
    pub author: String,
    pub cities: Vec<String>,
    pub sectors: Vec<String>,
    pub status: String,
    pub reviewer: Option<String>,
    pub comment: Option<String>,
    pub created_at: i64,
    pub decided_at: Option<i64>,
}

fn split(s: &str) -> Vec<String> {
    s.split('|')
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect()
}

/// True if `wanted` is empty or names one of the `|`-joined values.
pub fn any_of(wanted: &BTreeSet<String>, joined: &str) -> bool {
    wanted.is_empty() || joined.split('|').any(|v| wanted.contains(v))
}

impl SuggestionView {
    fn of(r: SuggestionRow) -> Result<SuggestionView, CurationError> {
        let corrupt =
            |e: serde_json::Error| CurationError::Corrupt(format!("suggestion {}: {e}", r.id));
        Ok(SuggestionView {
            changes: serde_json::from_str(&r.changes).map_err(corrupt)?,
            diff: serde_json::from_str(&r.diff).map_err(corrupt)?,
            source: serde_json::from_str(&r.source).map_err(corrupt)?,
            cities: split(&r.cities),
            sectors: split(&r.sectors),
            id: r.id,
            entity_id: r.entity_id,
            is_new: r.is_new,
            base_revision: r.base_revision,
            reason: r.reason,
            author: r.author,
            status: r.status,
            reviewer: r.reviewer,
            comment: r.comment,
            created_at: r.created_at,
            decided_at: r.decided_at,
        })
    }
}

/// Oldest first.
pub async fn suggestions(
    store: &Store,
    f: &QueueFilter,
) -> Result<Vec<SuggestionView>, CurationError> {
    let mut conn = store.pool.acquire().await?;
    let rows = SuggestionRow::list(&mut conn, f.status.as_deref()).await?;
    let keep = |r: &SuggestionRow| {
        f.author.as_ref().is_none_or(|a| &r.author == a)
            && any_of(&f.cities, &r.cities)
            && any_of(&f.sectors, &r.sectors)
    };
    rows.into_iter()
        .filter(keep)
        .map(SuggestionView::of)
        .collect()
}
