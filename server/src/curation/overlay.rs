//! The published catalogue: the files' baseline with every approved revision laid over it,
//! each entity at its latest revision and each curated field citing the revision that set it.
use std::collections::HashMap;

use app::model::{ChangeSource, Entity, EntityProps, FieldChange, FieldSource};

use super::CurationError;
use crate::store::RevisionRow;

/// `YYYY-MM-DD` (UTC) of unix milliseconds.
pub fn day_of(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ms / 1000)
        .map(|t| t.date().to_string())
        .unwrap_or_default()
}

fn parse<T: serde::de::DeserializeOwned>(
    what: &str,
    row: &RevisionRow,
    text: &str,
) -> Result<T, CurationError> {
    serde_json::from_str(text)
        .map_err(|e| CurationError::Corrupt(format!("revision {} ({what}): {e}", row.seq)))
}

/// `revisions` in publication order (as the store lists them).
pub fn overlay(
    baseline: &[Entity],
    revisions: &[RevisionRow],
) -> Result<Vec<Entity>, CurationError> {
    let base: HashMap<&str, &Entity> = baseline.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut latest: HashMap<&str, EntityProps> = HashMap::new();
    let mut added: Vec<&str> = Vec::new();
    for row in revisions {
        let mut props: EntityProps = parse("props", row, &row.props)?;
        let changes: Vec<FieldChange> = parse("diff", row, &row.diff)?;
        let source: ChangeSource = parse("source", row, &row.source)?;
        let id = row.entity_id.as_str();
        let mut provenance = match latest.get(id) {
            Some(p) => p.provenance.clone(),
            None => match base.get(id) {
                Some(e) => e.props.provenance.clone(),
                None => {
                    added.push(id);
                    Vec::new()
                }
            },
        };
        let revision = u64::try_from(row.revision).unwrap_or_default();
        for c in changes {
            provenance.retain(|f| f.field != c.field);
            provenance.push(FieldSource {
                field: c.field,
                revision,
                date: day_of(row.at),
                source: source.clone(),
                reviewer: row.approved_by.clone(),
            });
        }
        props.revision = revision;
        props.provenance = provenance;
        latest.insert(id, props);
    }
    let mut out: Vec<Entity> = baseline
        .iter()
        .map(|e| match latest.remove(e.id.as_str()) {
            Some(props) => Entity {
                id: e.id.clone(),
                props,
            },
            None => e.clone(),
        })
        .collect();
    for id in added {
        if let Some(props) = latest.remove(id) {
            out.push(Entity {
                id: id.to_owned(),
                props,
            });
        }
    }
    Ok(out)
}
