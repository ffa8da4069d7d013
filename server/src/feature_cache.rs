//! Entities as GeoJSON Features (RFC 7946): `Point` for one site, `MultiPoint` for several.
//! Each Feature is serialised once at start-up; collections are assembled by concatenation,
//! which keeps large responses cheap (see BENCHMARKS.md).
use app::model::Entity;
use serde_json::{json, Value};

pub fn feature(e: &Entity) -> Value {
    let coords: Vec<[f64; 2]> = e.sites().map(|(lon, lat)| [lon, lat]).collect();
    let geometry = match coords.as_slice() {
        [one] => json!({"type": "Point", "coordinates": one}),
        many => json!({"type": "MultiPoint", "coordinates": many}),
    };
    json!({"type": "Feature", "id": e.id, "geometry": geometry, "properties": e.props})
}

/// A catalogue as `data/entities.geojson` holds it: a FeatureCollection without the fields
/// the server derives on loading (`chains`).
pub fn catalogue_geojson(entities: &[Entity]) -> String {
    let features: Vec<Value> = entities
        .iter()
        .map(|e| {
            let mut e = e.clone();
            e.props.chains.clear();
            feature(&e)
        })
        .collect();
    let doc = json!({"type": "FeatureCollection", "features": features});
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// The Features of a catalogue, serialised, in catalogue order.
#[derive(Debug)]
pub struct FeatureCache(Vec<String>);

impl FeatureCache {
    pub fn new(entities: &[Entity]) -> Self {
        FeatureCache(entities.iter().map(|e| feature(e).to_string()).collect())
    }

    /// The Feature of entity `i` (a position in the catalogue).
    pub fn get(&self, i: usize) -> Option<&str> {
        self.0.get(i).map(String::as_str)
    }

    /// A FeatureCollection of entities `ids`, with the OGC API counts and optional `links`.
    pub fn collection(
        &self,
        ids: &[usize],
        number_matched: usize,
        links: Option<&Value>,
    ) -> String {
        self.collection_with(ids, number_matched, links, |_| None)
    }

    /// [`FeatureCache::collection`], with a foreign member `"evidence"` added to the
    /// Features that `evidence` gives one for (RFC 7946 allows members beside `properties`).
    pub fn collection_with(
        &self,
        ids: &[usize],
        number_matched: usize,
        links: Option<&Value>,
        evidence: impl Fn(usize) -> Option<Value>,
    ) -> String {
        let features: Vec<std::borrow::Cow<str>> = ids
            .iter()
            .filter_map(|&i| {
                let f = self.get(i)?;
                Some(match (evidence(i), f.strip_suffix('}')) {
                    (Some(e), Some(open)) => format!("{open},\"evidence\":{e}}}").into(),
                    _ => f.into(),
                })
            })
            .collect();
        let links = links.map(|l| format!(",\"links\":{l}")).unwrap_or_default();
        format!(
            "{{\"type\":\"FeatureCollection\",\"numberMatched\":{number_matched},\"numberReturned\":{},\"features\":[{}]{links}}}",
            features.len(),
            features.join(",")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collection_is_valid_geojson_with_counts_and_links() {
        let entities: Vec<Entity> =
            serde_json::from_str(include_str!("index/doc_entities.json")).unwrap();
        let cache = FeatureCache::new(&entities);
        let fc: Value =
            serde_json::from_str(&cache.collection(&[1, 0], 7, Some(&json!([{"rel": "next"}]))))
                .unwrap();
        assert_eq!(fc["numberMatched"], 7);
        assert_eq!(fc["numberReturned"], 2);
        assert_eq!(fc["features"][0], feature(&entities[1]));
        assert_eq!(fc["links"][0]["rel"], "next");
        let empty: Value = serde_json::from_str(&cache.collection(&[], 0, None)).unwrap();
        assert_eq!(empty["features"], json!([]));
    }
}
