//! Bulk suggestions: an edited export (CSV or XLSX) uploaded back, each changed row one
//! pending suggestion. Every row is checked first, as a single proposal is (the entity's
//! rules, the source); then each good row is proposed on its own. A refused row creates
//! nothing, and nothing is published here: a reviewer approves each suggestion.
use std::collections::HashMap;

use serde::Serialize;
use serde_json::Value;

use super::bulk_row::changes;
use super::bulk_source::column_of;
use super::bulk_table::{read, TableRow};
use super::propose::checked;
use super::{apply, check_source, diff, propose, CurationError, Datum, Proposal, Published};
use crate::auth::accounts::Actor;
use crate::data::Data;
use crate::store::Store;

pub use super::bulk_source::{yes_no, FileSource};
pub use super::bulk_table::{CellError, MAX_FILE_BYTES, SOURCE_COLUMNS};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Created,
    Unchanged,
    Refused,
}

/// What became of one row.
#[derive(Clone, Debug, Serialize)]
pub struct RowReport {
    /// The row's line in the file (the header is line 1; the row number in a spreadsheet).
    pub row: usize,
    pub id: String,
    pub outcome: Outcome,
    /// The new suggestion's id, when created.
    pub suggestion: Option<String>,
    /// Why it was refused: each problem with the column it is in.
    pub errors: Vec<CellError>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Totals {
    pub rows: usize,
    pub created: usize,
    pub unchanged: usize,
    pub refused: usize,
}

/// Every data row of the file, in its order, and the counts.
#[derive(Clone, Debug, Serialize)]
pub struct BulkReport {
    pub rows: Vec<RowReport>,
    pub totals: Totals,
}

/// A row's proposal, `None` if it changes nothing, or why it is refused.
fn prepare(
    data: &Data,
    row: &TableRow,
    file: &FileSource,
) -> Result<Option<Proposal>, Vec<CellError>> {
    let id = row.filled("id").unwrap_or_default();
    let entity = data
        .catalogue
        .entity(id)
        .ok_or_else(|| vec![CellError::new("id", "unknown id")])?;
    let mut errors = Vec::new();
    let patch = changes(row, entity).unwrap_or_else(|e| {
        errors = e;
        Default::default()
    });
    if errors.is_empty() && patch.is_empty() {
        return Ok(None);
    }
    let patch = Value::Object(patch);
    let now = entity.props.revision;
    let base = match row.filled("revision").map(str::parse::<u64>) {
        Some(Ok(base)) if base == now => Some(base),
        Some(Ok(base)) => {
            let msg = format!(
                "exported at revision {base}, but the entity is now at revision {now}: \
                 download the table again and redo the row"
            );
            errors.push(CellError::new("revision", msg));
            None
        }
        _ => {
            let msg = "the revision the row was downloaded at (the export's last column)";
            errors.push(CellError::new("revision", msg));
            None
        }
    };
    if errors.is_empty() {
        let new = apply(entity, &patch, Datum::Wgs84).and_then(|new| {
            checked(data, id, &new)?;
            Ok(new)
        });
        match new {
            Err(e) => errors.push(column_of(&e, &patch)),
            Ok(new) if diff(Some(&entity.props), &new).is_empty() => return Ok(None),
            Ok(_) => {}
        }
    }
    let (reason, source) = file.of(row).map_err(|e| vec![e])?;
    if let Err(e) = check_source(&reason, &source) {
        errors.push(column_of(&e, &patch));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Some(Proposal {
        entity_id: Some(id.to_owned()),
        base_revision: base,
        changes: patch,
        reason,
        source,
        datum: None,
    }))
}

/// Checks every row of an uploaded table (CSV or XLSX, the export's columns), then
/// proposes each changed, valid row as `actor`: one pending suggestion per row. A
/// whole-file problem (not a table, no id or revision column, too large, empty) is a
/// `Bad` error naming `file` (or `source_date`, `source_url` for the file's source).
pub async fn bulk_propose(
    store: &Store,
    published: &Published,
    actor: &Actor,
    bytes: &[u8],
    file: &FileSource,
) -> Result<BulkReport, CurationError> {
    let rows = read(bytes).map_err(CurationError::Bad)?;
    file.check()?;
    published.refresh(store).await?;
    let data = published.current();
    let mut first_line: HashMap<String, usize> = HashMap::new();
    let mut reports = Vec::new();
    let mut ready = Vec::new();
    for row in &rows {
        let id = row.filled("id").unwrap_or_default().to_owned();
        let mut report = RowReport {
            row: row.line,
            id: id.clone(),
            outcome: Outcome::Unchanged,
            suggestion: None,
            errors: Vec::new(),
        };
        if let Some(line) = first_line.get(&id) {
            let msg = format!("the entity is on line {line} already: one row per entity");
            report.errors.push(CellError::new("id", msg));
        } else {
            match prepare(&data, row, file) {
                Ok(None) => {}
                Ok(Some(p)) => ready.push((reports.len(), p)),
                Err(errors) => report.errors = errors,
            }
        }
        if !report.errors.is_empty() {
            report.outcome = Outcome::Refused;
        }
        first_line.entry(id).or_insert(row.line);
        reports.push(report);
    }
    for (i, p) in ready {
        let patch = p.changes.clone();
        let report = &mut reports[i];
        match propose(store, published, actor, p).await {
            Ok(id) => {
                report.outcome = Outcome::Created;
                report.suggestion = Some(id);
            }
            Err(e) => {
                report.outcome = Outcome::Refused;
                report.errors.push(column_of(&e, &patch));
            }
        }
    }
    let count = |o: Outcome| reports.iter().filter(|r| r.outcome == o).count();
    let totals = Totals {
        rows: reports.len(),
        created: count(Outcome::Created),
        unchanged: count(Outcome::Unchanged),
        refused: count(Outcome::Refused),
    };
    Ok(BulkReport {
        rows: reports,
        totals,
    })
}

#[cfg(test)]
#[path = "bulk_tests.rs"]
mod tests;
