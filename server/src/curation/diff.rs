//! Field-by-field differences between two states of an entity, for the queue and history.
use app::model::{EntityProps, FieldChange};
use serde_json::{Map, Value};

/// Fields the server derives: never part of a diff or a stored revision.
pub const DERIVED: [&str; 3] = ["chains", "revision", "provenance"];

/// The properties as a revision stores them: without what the server derives.
pub fn stored(props: &EntityProps) -> Map<String, Value> {
    let mut map = match serde_json::to_value(props) {
        Ok(Value::Object(m)) => m,
        // A struct of plain fields always serialises to an object.
        _ => Map::new(),
    };
    for f in DERIVED {
        map.remove(f);
    }
    map
}

/// Every field whose value differs, in the properties' order; `old` is `None` for a new
/// entity. Absent fields read as `null`.
pub fn diff(old: Option<&EntityProps>, new: &EntityProps) -> Vec<FieldChange> {
    let before = old.map(stored).unwrap_or_default();
    let after = stored(new);
    let mut fields: Vec<&String> = after.keys().collect();
    fields.extend(before.keys().filter(|k| !after.contains_key(*k)));
    fields
        .into_iter()
        .filter_map(|f| {
            let o = before.get(f).cloned().unwrap_or(Value::Null);
            let n = after.get(f).cloned().unwrap_or(Value::Null);
            (o != n).then(|| FieldChange {
                field: f.clone(),
                old: o,
                new: n,
            })
        })
        .collect()
}

/// A site's `(old, new)` positions, each `(lon, lat)`.
pub type SiteMove = ((f64, f64), (f64, f64));

/// The sites a change moves: a `members` change's sites that keep their place in the list
/// and change position (for the queue's map).
pub fn moves(changes: &[FieldChange]) -> Vec<SiteMove> {
    let at = |m: &Value| Some((m.get("lon")?.as_f64()?, m.get("lat")?.as_f64()?));
    let sites = |v: &Value| -> Vec<Option<(f64, f64)>> {
        v.as_array()
            .map(|a| a.iter().map(at).collect())
            .unwrap_or_default()
    };
    changes
        .iter()
        .filter(|c| c.field == "members")
        .flat_map(|c| {
            let (old, new) = (sites(&c.old), sites(&c.new));
            old.into_iter()
                .zip(new)
                .filter_map(|pair| match pair {
                    (Some(a), Some(b)) if a != b => Some((a, b)),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}
