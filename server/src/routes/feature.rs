//! Entities as GeoJSON Features (RFC 7946): `Point` for one site, `MultiPoint` for several.
use app::model::Entity;
use axum::{
    http::header,
    response::{IntoResponse, Response},
};
use serde_json::{json, Value};

pub fn feature(e: &Entity) -> Value {
    let coords: Vec<[f64; 2]> = e.sites().map(|(lon, lat)| [lon, lat]).collect();
    let geometry = match coords.as_slice() {
        [one] => json!({"type": "Point", "coordinates": one}),
        many => json!({"type": "MultiPoint", "coordinates": many}),
    };
    json!({"type": "Feature", "id": e.id, "geometry": geometry, "properties": e.props})
}

/// A FeatureCollection with the OGC API counts, plus any extra members (e.g. `links`).
pub fn collection<'a>(
    entities: impl Iterator<Item = &'a Entity>,
    number_matched: usize,
    extra: Value,
) -> Value {
    let features: Vec<Value> = entities.map(feature).collect();
    let mut fc = json!({
        "type": "FeatureCollection",
        "numberMatched": number_matched,
        "numberReturned": features.len(),
        "features": features,
    });
    if let (Some(fc), Value::Object(extra)) = (fc.as_object_mut(), extra) {
        fc.extend(extra);
    }
    fc
}

pub fn geojson(body: &Value) -> Response {
    (
        [(header::CONTENT_TYPE, "application/geo+json")],
        body.to_string(),
    )
        .into_response()
}
