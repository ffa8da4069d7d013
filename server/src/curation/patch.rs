//! A suggestion's merge patch (RFC 7396) applied to an entity, within what may change:
//! the plan's own words (`name_zh`, `refs`, a plan-stated tier) stay fixed.
use app::model::{Entity, EntityProps, Member, Precision};
use serde_json::{Map, Value};

use super::diff::{stored, DERIVED};
use super::CurationError;

/// What an editor may change on an entity of the plan (`tier` too when the plan does
/// not state it, i.e. the entity has a `tier_note`).
const EDITABLE: [&str; 12] = [
    "name_en",
    "aliases",
    "members",
    "precision",
    "districts",
    "location_note",
    "status",
    "status_as_of",
    "area_km2",
    "website",
    "note",
    "related",
];
const PLAN_WORDS: [&str; 3] = ["name_zh", "refs", "tier"];

/// The datum of the coordinates in a suggestion's `members`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Datum {
    #[default]
    Wgs84,
    /// As Chinese web maps (高德, 腾讯) show them: converted to WGS-84 on arrival.
    Gcj02,
}

impl Datum {
    pub fn parse(param: &str, s: Option<&str>) -> Result<Datum, CurationError> {
        match s {
            None | Some("wgs84") => Ok(Datum::Wgs84),
            Some("gcj02") => Ok(Datum::Gcj02),
            Some(other) => Err(CurationError::bad(
                param,
                format!("{other:?} is not a datum: wgs84 (the default) or gcj02"),
            )),
        }
    }
}

fn object(changes: &Value) -> Result<&Map<String, Value>, CurationError> {
    match changes {
        Value::Object(m) if !m.is_empty() => Ok(m),
        _ => Err(CurationError::bad(
            "changes",
            "a non-empty JSON object (a merge patch of the entity's properties)",
        )),
    }
}

fn parse_props(doc: Value) -> Result<EntityProps, CurationError> {
    serde_json::from_value(doc).map_err(|e| CurationError::bad("changes", e.to_string()))
}

/// The entity's properties after `changes`; derived fields follow the sites.
pub fn apply(
    current: &Entity,
    changes: &Value,
    datum: Datum,
) -> Result<EntityProps, CurationError> {
    let patch = object(changes)?;
    let tier_editable = current.props.tier_note.is_some();
    for key in patch.keys() {
        let param = format!("changes.{key}");
        if DERIVED.contains(&key.as_str()) {
            return Err(CurationError::bad(
                &param,
                "set by the server, not by a suggestion",
            ));
        }
        if key == "tier" && tier_editable || EDITABLE.contains(&key.as_str()) {
            continue;
        }
        let why = if PLAN_WORDS.contains(&key.as_str()) {
            "the plan's own words cannot be changed"
        } else {
            "not an editable field"
        };
        return Err(CurationError::bad(&param, why));
    }
    let mut doc = Value::Object(stored(&current.props));
    json_patch::merge(&mut doc, changes);
    let mut new = parse_props(doc)?;
    if datum == Datum::Gcj02 {
        convert_new_sites(&mut new, &current.props.members);
    }
    if patch.contains_key("members") {
        follow_sites(&mut new, !patch.contains_key("precision"));
    }
    new.revision = current.props.revision;
    Ok(new)
}

/// A new entity from another document: the whole properties, every citation naming it.
pub fn create(changes: &Value, datum: Datum) -> Result<(String, EntityProps), CurationError> {
    let patch = object(changes)?;
    if let Some(key) = patch.keys().find(|k| DERIVED.contains(&k.as_str())) {
        let param = format!("changes.{key}");
        return Err(CurationError::bad(
            &param,
            "set by the server, not by a suggestion",
        ));
    }
    let mut new = parse_props(changes.clone())?;
    if new.refs.iter().any(|r| r.document.is_none()) {
        return Err(CurationError::bad(
            "changes.refs",
            "a new entity cites the document it comes from: {document, section, quote}",
        ));
    }
    if datum == Datum::Gcj02 {
        convert_new_sites(&mut new, &[]);
    }
    follow_sites(&mut new, !patch.contains_key("precision"));
    Ok((slug(&new.name_en), new))
}

/// Converts the sites that are not already among the entity's positions (those an editor
/// typed or clicked in GCJ-02); sites kept as they were are WGS-84 already.
fn convert_new_sites(new: &mut EntityProps, old: &[Member]) {
    for m in &mut new.members {
        if !old.iter().any(|o| o.lon == m.lon && o.lat == m.lat) {
            (m.lon, m.lat) = coordtransform::gcj02_to_wgs84(m.lon, m.lat);
        }
    }
}

/// The entity's cities include every site's, and unless the suggestion says otherwise its
/// precision is its one site's (or multi_city across cities).
fn follow_sites(p: &mut EntityProps, derive_precision: bool) {
    for m in &p.members {
        if !p.cities.contains(&m.city) {
            p.cities.push(m.city.clone());
        }
    }
    if !derive_precision {
        return;
    }
    let mut cities: Vec<&str> = p.members.iter().map(|m| m.city.as_str()).collect();
    cities.sort_unstable();
    cities.dedup();
    if cities.len() > 1 {
        p.precision = Precision::MultiCity;
    } else if let [only] = p.members.as_slice() {
        p.precision = only.precision;
    }
}

/// A lowercase ascii id from an English name (`Fuzhou New Area` → `fuzhou-new-area`).
fn slug(name_en: &str) -> String {
    let words: Vec<String> = name_en
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    words.join("-")
}
