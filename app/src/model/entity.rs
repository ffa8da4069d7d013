use serde::{Deserialize, Serialize};

use super::{ChangeSource, FieldSource, Kind, Precision, Sector, Status, Tier};

/// A citation: where the plan (or, for an entity added later, another document) names the
/// entity, in that document's own words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanRef {
    /// The citing document's title; absent for the 14th Five-Year plan itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// As the plan numbers it, e.g. `第三章 第一节 一（一）` or `专栏1 重点集群（1）`.
    pub section: String,
    /// Verbatim (whitespace aside), at most 80 characters.
    pub quote: String,
}

/// One site of an entity; single-site entities have exactly one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub name_zh: String,
    /// The plan's word for the site's role (核心区, 集聚区 …), or empty.
    #[serde(default)]
    pub role: String,
    pub lon: f64,
    pub lat: f64,
    pub precision: Precision,
    pub city: String,
    #[serde(default)]
    pub district: String,
}

/// The properties of one Feature of `data/entities.geojson`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityProps {
    pub name_zh: String,
    pub name_en: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: Kind,
    pub sectors: Vec<Sector>,
    pub tier: Tier,
    /// Where the tier comes from when the plan itself does not state it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier_note: Option<String>,
    pub cities: Vec<String>,
    #[serde(default)]
    pub districts: Vec<String>,
    pub precision: Precision,
    pub members: Vec<Member>,
    pub refs: Vec<PlanRef>,
    #[serde(default)]
    pub related: Vec<String>,
    /// Sub-industries (ids of `CHAINS`): derived by the server from the passages that cite
    /// the entity, never written in the data file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chains: Vec<String>,
    /// What became of it, as of `status_as_of` (`YYYY-MM-DD`); curated, never from the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_as_of: Option<String>,
    /// Planned area in km², as a cited source states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_km2: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// How the location was found (the editor's words).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_note: Option<String>,
    /// The published revision: 0 is the data files' baseline, each approval adds one.
    #[serde(default)]
    pub revision: u64,
    /// For each field a revision set, which one (set by the server when it publishes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provenance: Vec<FieldSource>,
}

impl EntityProps {
    /// Its location is a reviewed site: a revision set the sites, at site precision.
    pub fn site_reviewed(&self) -> bool {
        self.precision == Precision::Site && self.provenance.iter().any(|f| f.field == "members")
    }

    /// The documents the entity's citations come from; `None` is the plan.
    pub fn documents(&self) -> impl Iterator<Item = Option<&str>> + '_ {
        let mut seen: Vec<Option<&str>> = Vec::new();
        self.refs.iter().filter_map(move |r| {
            let d = r.document.as_deref();
            (!seen.contains(&d)).then(|| {
                seen.push(d);
                d
            })
        })
    }
}

/// An entity of the plan: a park, base, cluster, zone, platform or project.
///
/// In JSON, `{"id", "properties"}` as in a GeoJSON Feature. Nested rather than flattened:
/// serde's `flatten` buffers every field through a generic value, which cost the wasm 13 KB.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    #[serde(rename = "properties")]
    pub props: EntityProps,
}

impl Entity {
    /// Every site as `(lon, lat)`, in member order.
    pub fn sites(&self) -> impl Iterator<Item = (f64, f64)> + '_ {
        self.props.members.iter().map(|m| (m.lon, m.lat))
    }

    /// The entity as the list, the map and the print sheet show it: without what only the
    /// detail panel reads (aliases, tier note, districts, related, and the sites' names,
    /// roles and places; sites keep their position and precision), a third of a search
    /// answer. The detail panel asks for the whole entity.
    pub fn listing(&self) -> Entity {
        let p = &self.props;
        Entity {
            id: self.id.clone(),
            props: EntityProps {
                aliases: Vec::new(),
                tier_note: None,
                districts: Vec::new(),
                note: None,
                location_note: None,
                website: None,
                // The map marks reviewed sites (`site_reviewed`): only that field's
                // provenance, without its source (the detail panel has the rest).
                provenance: p
                    .provenance
                    .iter()
                    .filter(|f| f.field == "members")
                    .map(|f| FieldSource {
                        source: ChangeSource {
                            title: None,
                            url: None,
                            local_knowledge: false,
                            date: f.date.clone(),
                        },
                        reviewer: String::new(),
                        ..f.clone()
                    })
                    .collect(),
                related: Vec::new(),
                members: p
                    .members
                    .iter()
                    .map(|m| Member {
                        name_zh: String::new(),
                        role: String::new(),
                        city: String::new(),
                        district: String::new(),
                        ..m.clone()
                    })
                    .collect(),
                ..p.clone()
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_still_says_its_site_was_reviewed() {
        let e: Entity = serde_json::from_str(
            r#"{"id": "x", "properties": {"name_zh": "园", "name_en": "P", "kind": "park",
            "sectors": [], "tier": "none", "cities": ["宁德市"], "precision": "site", "refs": [],
            "members": [], "note": "n", "provenance": [
              {"field": "members", "revision": 1, "date": "2026-05-01", "reviewer": "rex",
               "source": {"title": "long survey report", "date": "2026-04-01"}},
              {"field": "note", "revision": 1, "date": "2026-05-01", "reviewer": "rex",
               "source": {"date": "2026-04-01"}}]}}"#,
        )
        .unwrap();
        let listed = e.listing();
        assert!(e.props.site_reviewed() && listed.props.site_reviewed());
        assert_eq!(listed.props.provenance.len(), 1);
        assert_eq!(listed.props.provenance[0].source.title, None);
    }
}
