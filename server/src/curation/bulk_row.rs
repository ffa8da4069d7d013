//! One row of an uploaded table against its entity's published state: a merge patch of
//! just the fields whose cell differs (empty when nothing does), or what is wrong with it.
//! A column the file lacks changes nothing; an empty cell clears an optional field.
use app::model::{Entity, Member, Precision, Status};
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

use super::bulk_table::{CellError, TableRow};

/// Free-text fields, compared trimmed; empty means absent.
const TEXTS: [&str; 4] = ["status_as_of", "website", "note", "location_note"];
const STATUSES: [Status; 5] = [
    Status::Planned,
    Status::UnderConstruction,
    Status::Operating,
    Status::NotRealised,
    Status::Unknown,
];

fn wire<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(Value::String(text.to_ascii_lowercase())).ok()
}

/// A status by its wire name (`under_construction`) or either label (`under construction`,
/// `在建`).
fn status(text: &str) -> Option<Status> {
    wire(text).or_else(|| {
        STATUSES
            .into_iter()
            .find(|s| s.label_zh() == text || s.label_en().eq_ignore_ascii_case(text))
    })
}

/// A finite number, or the error naming `column`.
fn number(column: &str, text: &str) -> Result<f64, CellError> {
    text.parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or_else(|| CellError::new(column, format!("{text:?} is not a number")))
}

/// Equal as the export writes coordinates (5 decimals, about a metre).
fn same_place(a: f64, b: f64) -> bool {
    format!("{a:.5}") == format!("{b:.5}")
}

fn text_of(e: &Entity, field: &str) -> Option<String> {
    let p = &e.props;
    match field {
        "status_as_of" => p.status_as_of.clone(),
        "website" => p.website.clone(),
        "note" => p.note.clone(),
        _ => p.location_note.clone(),
    }
}

/// The changed fields of `row` as a merge patch of `e`'s properties, or every problem of it.
pub fn changes(row: &TableRow, e: &Entity) -> Result<Map<String, Value>, Vec<CellError>> {
    let p = &e.props;
    let mut patch = Map::new();
    let mut errors = Vec::new();
    if let Some(name) = row.get("name_en") {
        if name.is_empty() {
            errors.push(CellError::new("name_en", "an English name is required"));
        } else if name != p.name_en.trim() {
            patch.insert("name_en".into(), json!(name));
        }
    }
    if let Some(text) = row.get("status") {
        match (text.is_empty(), status(text)) {
            (true, _) if p.status.is_some() => {
                patch.insert("status".into(), Value::Null);
            }
            (true, _) => {}
            (false, Some(s)) if Some(s) != p.status => {
                patch.insert("status".into(), json!(s));
            }
            (false, Some(_)) => {}
            (false, None) => errors.push(CellError::new(
                "status",
                format!(
                    "{text:?} is not a status: planned, under_construction, operating, \
                     not_realised or unknown"
                ),
            )),
        }
    }
    for field in TEXTS {
        let Some(text) = row.get(field) else { continue };
        let old = text_of(e, field);
        if old.as_deref().map(str::trim).unwrap_or_default() != text {
            let new = (!text.is_empty()).then(|| json!(text));
            patch.insert(field.into(), new.unwrap_or(Value::Null));
        }
    }
    if let Some(text) = row.get("area_km2") {
        let area = match text {
            "" => Ok(None),
            t => number("area_km2", t).and_then(|a| match a > 0.0 {
                true => Ok(Some(a)),
                false => Err(CellError::new(
                    "area_km2",
                    format!("{t:?} is not a positive area in km²"),
                )),
            }),
        };
        match area {
            Err(e) => errors.push(e),
            Ok(new) if new != p.area_km2 => {
                patch.insert("area_km2".into(), json!(new));
            }
            Ok(_) => {}
        }
    }
    let precision = match row.filled("precision") {
        None => None,
        Some(text) => match wire::<Precision>(text) {
            Some(new) => (new != p.precision).then_some(new),
            None => {
                let msg =
                    format!("{text:?} is not a precision: site, district, city or multi_city");
                errors.push(CellError::new("precision", msg));
                None
            }
        },
    };
    let first = p.members.first();
    let mut coordinate = |column: &str, old: Option<f64>| match row.filled(column) {
        None => None,
        Some(text) => match number(column, text) {
            Ok(n) => old
                .filter(|o| !same_place(*o, n))
                .map(|_| (column.to_owned(), n)),
            Err(e) => {
                errors.push(e);
                None
            }
        },
    };
    let lon = coordinate("lon", first.map(|m| m.lon));
    let lat = coordinate("lat", first.map(|m| m.lat));
    if !errors.is_empty() {
        return Err(errors);
    }
    let moved = lon.as_ref().or(lat.as_ref()).map(|(c, _)| c.clone());
    match (moved, first, p.members.len()) {
        (Some(column), _, n) if n != 1 => {
            let msg = format!(
                "the entity has {n} sites and the lon/lat columns cannot say which one moved: \
                 move it on its page or with POST /api/v1/suggestions"
            );
            return Err(vec![CellError::new(&column, msg)]);
        }
        (Some(_), Some(m), _) => {
            let site = Member {
                lon: lon.map_or(m.lon, |(_, n)| n),
                lat: lat.map_or(m.lat, |(_, n)| n),
                // A moved point was found on the ground unless the row says otherwise.
                precision: precision.unwrap_or(Precision::Site),
                ..m.clone()
            };
            patch.insert("members".into(), json!([site]));
        }
        (None, Some(m), 1) if precision.is_some() => {
            let site = Member {
                precision: precision.unwrap_or(m.precision),
                ..m.clone()
            };
            patch.insert("members".into(), json!([site]));
        }
        _ => {}
    }
    if let Some(new) = precision {
        patch.insert("precision".into(), json!(new));
    }
    Ok(patch)
}
