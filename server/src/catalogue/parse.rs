//! Reading catalogue files record by record, so an error names the record it is in.
use std::path::Path;

use app::model::{Entity, EntityProps};
use serde::{de::DeserializeOwned, Deserialize};
use serde_json::Value;

use super::CatalogueError;

fn read_json(path: &Path) -> Result<Value, CatalogueError> {
    let text = std::fs::read_to_string(path).map_err(|source| CatalogueError::Read {
        file: path.to_owned(),
        source,
    })?;
    serde_json::from_str(&text).map_err(|e| CatalogueError::Syntax {
        file: path.to_owned(),
        reason: e.to_string(),
    })
}

fn label(record: &Value, key: &str, index: usize) -> String {
    match record.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(v) if !v.is_null() => v.to_string(),
        _ => format!("#{index}"),
    }
}

/// A JSON array of records; `key` names the field used to label a bad record.
pub fn records<T: DeserializeOwned>(path: &Path, key: &str) -> Result<Vec<T>, CatalogueError> {
    let Value::Array(items) = read_json(path)? else {
        return Err(CatalogueError::Syntax {
            file: path.to_owned(),
            reason: "expected a JSON array".into(),
        });
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let name = label(&v, key, i);
            serde_json::from_value(v).map_err(|e| CatalogueError::record(path, name, e.to_string()))
        })
        .collect()
}

#[derive(Deserialize)]
#[serde(tag = "type", deny_unknown_fields)]
enum Geometry {
    Point { coordinates: [f64; 2] },
    MultiPoint { coordinates: Vec<[f64; 2]> },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Feature {
    #[serde(rename = "type")]
    _type: String,
    id: String,
    geometry: Geometry,
    properties: EntityProps,
}

/// The entities FeatureCollection; geometry must repeat the members' coordinates.
pub fn features(path: &Path) -> Result<Vec<Entity>, CatalogueError> {
    let doc = read_json(path)?;
    if doc.get("type").and_then(Value::as_str) != Some("FeatureCollection") {
        return Err(CatalogueError::Syntax {
            file: path.to_owned(),
            reason: "not a GeoJSON FeatureCollection".into(),
        });
    }
    let Some(Value::Array(items)) = doc.get("features") else {
        return Err(CatalogueError::Syntax {
            file: path.to_owned(),
            reason: "no features array".into(),
        });
    };
    items
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let name = label(v, "id", i);
            let err = |reason: String| CatalogueError::record(path, name.clone(), reason);
            let f: Feature = serde_json::from_value(v.clone()).map_err(|e| err(e.to_string()))?;
            let coords = match f.geometry {
                Geometry::Point { coordinates } => vec![coordinates],
                Geometry::MultiPoint { coordinates } => coordinates,
            };
            let members: Vec<[f64; 2]> = f
                .properties
                .members
                .iter()
                .map(|m| [m.lon, m.lat])
                .collect();
            if coords != members {
                return Err(err(
                    "geometry coordinates differ from the members' lon/lat".into()
                ));
            }
            Ok(Entity {
                id: f.id,
                props: f.properties,
            })
        })
        .collect()
}
