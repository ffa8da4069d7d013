//! The one query type behind the REST API, server functions and exports, with its strict
//! URL parser.
use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::params::ParamError;
use super::{wire_name, Kind, Sector, Tier};

mod parse;

pub const DEFAULT_LIMIT: usize = 100;
/// Larger `limit`s are clamped to this, so a pasted URL still works.
pub const MAX_LIMIT: usize = 1000;
pub const MAX_Q_CHARS: usize = 100;
pub const MAX_RADIUS_KM: f64 = 1000.0;
pub const MAX_K: usize = 1000;

/// Filters, ordering and paging for a search over the catalogue's entities.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Query {
    /// `[min_lon, min_lat, max_lon, max_lat]`; an entity matches if any of its sites is inside.
    pub bbox: Option<[f64; 4]>,
    pub sectors: BTreeSet<Sector>,
    pub tiers: BTreeSet<Tier>,
    pub kinds: BTreeSet<Kind>,
    /// Official names (`厦门市`), whichever form the URL used.
    pub cities: BTreeSet<String>,
    /// Sub-industries (`new_energy.solar_pv`), ids of [`super::CHAINS`].
    pub chains: BTreeSet<String>,
    /// A section of the plan (`box9`, `ch3-s4-i3`): the entities it mentions or cites.
    pub section: Option<String>,
    /// Cited documents (`source=`): `plan` for the plan itself, else a title as the
    /// citations give it; an entity matches if it cites any of them.
    pub sources: BTreeSet<String>,
    /// Free text such as 锂电池隔膜: entities ranked by how well the plan's passages that
    /// cite them match, each with its evidence.
    pub industry: Option<String>,
    pub q: Option<String>,
    /// `(lon, lat)`: results are ordered by distance from here.
    pub near: Option<(f64, f64)>,
    pub radius_km: Option<f64>,
    pub k: Option<usize>,
    pub limit: usize,
    pub offset: usize,
}

impl Default for Query {
    fn default() -> Self {
        Query {
            bbox: None,
            sectors: BTreeSet::new(),
            tiers: BTreeSet::new(),
            kinds: BTreeSet::new(),
            cities: BTreeSet::new(),
            chains: BTreeSet::new(),
            section: None,
            sources: BTreeSet::new(),
            industry: None,
            q: None,
            near: None,
            radius_km: None,
            k: None,
            limit: DEFAULT_LIMIT,
            offset: 0,
        }
    }
}

impl Query {
    /// The parameters it reads, in canonical order.
    pub const PARAMS: [&'static str; 15] = [
        "bbox",
        "sector",
        "tier",
        "kind",
        "city",
        "chain",
        "section",
        "source",
        "industry",
        "q",
        "near",
        "radius_km",
        "k",
        "limit",
        "offset",
    ];
    /// Those that may be repeated (values add up).
    const REPEATABLE: [&'static str; 6] = ["sector", "tier", "kind", "city", "chain", "source"];

    /// Parses URL query pairs strictly: unknown names, bad values and repeats of
    /// single-valued parameters are errors, so a typo never silently widens a search.
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<Query, ParamError> {
        let mut q = Query::default();
        let mut seen = BTreeSet::new();
        for (name, value) in pairs {
            let value = value.trim();
            if !Self::REPEATABLE.contains(&name.as_str()) && !seen.insert(name.as_str()) {
                return Err(ParamError::new(name, "given more than once"));
            }
            q.apply(name, value)?;
        }
        for (param, given) in [("radius_km", q.radius_km.is_some()), ("k", q.k.is_some())] {
            if given && q.near.is_none() {
                return Err(ParamError::new(
                    param,
                    "only allowed together with near=lon,lat",
                ));
            }
        }
        Ok(q)
    }

    /// The query as URL pairs in canonical order, defaults left out; `from_pairs` reads it back.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let joined = |names: Vec<String>| (!names.is_empty()).then(|| names.join(","));
        let values = [
            self.bbox.map(|[a, b, c, d]| format!("{a},{b},{c},{d}")),
            joined(self.sectors.iter().map(wire_name).collect()),
            joined(self.tiers.iter().map(wire_name).collect()),
            joined(self.kinds.iter().map(wire_name).collect()),
            joined(self.cities.iter().cloned().collect()),
            joined(self.chains.iter().cloned().collect()),
            self.section.clone(),
            joined(self.sources.iter().cloned().collect()),
            self.industry.clone(),
            self.q.clone(),
            self.near.map(|(lon, lat)| format!("{lon},{lat}")),
            self.radius_km.map(|r| r.to_string()),
            self.k.map(|k| k.to_string()),
            (self.limit != DEFAULT_LIMIT).then(|| self.limit.to_string()),
            (self.offset != 0).then(|| self.offset.to_string()),
        ];
        Self::PARAMS
            .into_iter()
            .zip(values)
            .filter_map(|(k, v)| Some((k.to_owned(), v?)))
            .collect()
    }

    /// The canonical query string (for cache keys and ETags).
    pub fn canonical(&self) -> String {
        super::params::encode_pairs(&self.to_pairs())
    }
}

#[cfg(test)]
#[path = "query_tests.rs"]
mod tests;
