//! The one query type behind the REST API, server functions and exports, with its strict
//! URL parser.
use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::params::{check_lon_lat, numbers, parse_city, parse_usize, ParamError};
use super::{wire_name, Kind, Sector, Tier, ALL_KINDS, ALL_TIERS};

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

/// Adds every comma-separated item of `value` to `set`, naming the allowed values on a miss.
fn add_items<T: Ord + Copy + std::fmt::Debug>(
    param: &str,
    value: &str,
    all: &[T],
    set: &mut BTreeSet<T>,
) -> Result<(), ParamError> {
    for item in value.split(',') {
        let item = item.trim();
        let Some(v) = all.iter().find(|v| wire_name(*v) == item).copied() else {
            let allowed: Vec<String> = all.iter().map(wire_name).collect();
            let msg = format!("unknown value {item:?}; allowed: {}", allowed.join(", "));
            return Err(ParamError::new(param, msg));
        };
        set.insert(v);
    }
    Ok(())
}

impl Query {
    /// The parameters it reads, in canonical order.
    pub const PARAMS: [&'static str; 14] = [
        "bbox",
        "sector",
        "tier",
        "kind",
        "city",
        "chain",
        "section",
        "industry",
        "q",
        "near",
        "radius_km",
        "k",
        "limit",
        "offset",
    ];
    /// Those that may be repeated (values add up).
    const REPEATABLE: [&'static str; 5] = ["sector", "tier", "kind", "city", "chain"];

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

    fn apply(&mut self, name: &str, value: &str) -> Result<(), ParamError> {
        let err = |message: String| Err(ParamError::new(name, message));
        match name {
            "bbox" => {
                let shape = "minLon,minLat,maxLon,maxLat";
                let b = numbers(name, value, 4, shape)?;
                check_lon_lat(name, (b[0], b[1]), 90.0, shape)?;
                check_lon_lat(name, (b[2], b[3]), 90.0, shape)?;
                if b[0] > b[2] || b[1] > b[3] {
                    return err(format!("min must not exceed max; expected {shape}"));
                }
                self.bbox = Some([b[0], b[1], b[2], b[3]]);
            }
            "sector" => add_items(name, value, &Sector::ALL, &mut self.sectors)?,
            "tier" => add_items(name, value, &ALL_TIERS, &mut self.tiers)?,
            "kind" => add_items(name, value, &ALL_KINDS, &mut self.kinds)?,
            "city" => {
                for item in value.split(',') {
                    self.cities
                        .insert(parse_city(name, item.trim())?.to_owned());
                }
            }
            "chain" => {
                for item in value.split(',').map(str::trim) {
                    if super::chain(item).is_none() {
                        let msg =
                            format!("unknown sub-industry {item:?}; the list is /api/v1/chains");
                        return err(msg);
                    }
                    self.chains.insert(item.to_owned());
                }
            }
            "section" => {
                let ok = value.len() <= 40
                    && value
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                if !ok {
                    let msg =
                        "expected a section id such as box9 or ch3-s4-i3 (/api/v1/plan/sections)";
                    return err(msg.into());
                }
                self.section = (!value.is_empty()).then(|| value.to_owned());
            }
            "q" | "industry" if value.chars().count() > MAX_Q_CHARS => {
                return err(format!("at most {MAX_Q_CHARS} characters"));
            }
            // An empty search box means no text filter.
            "q" => self.q = (!value.is_empty()).then(|| value.to_owned()),
            "industry" => self.industry = (!value.is_empty()).then(|| value.to_owned()),
            "near" => {
                let p = numbers(name, value, 2, "lon,lat")?;
                check_lon_lat(name, (p[0], p[1]), 90.0, "lon,lat")?;
                self.near = Some((p[0], p[1]));
            }
            "radius_km" => {
                let r = numbers(name, value, 1, "kilometres")?[0];
                if r <= 0.0 || r > MAX_RADIUS_KM {
                    return err(format!("must be > 0 and ≤ {MAX_RADIUS_KM}"));
                }
                self.radius_km = Some(r);
            }
            "k" => match parse_usize(name, value) {
                Ok(k) if (1..=MAX_K).contains(&k) => self.k = Some(k),
                _ => return err(format!("must be an integer from 1 to {MAX_K}")),
            },
            // Over the cap is clamped rather than rejected: the caller still gets a page.
            "limit" => self.limit = parse_usize(name, value)?.min(MAX_LIMIT),
            "offset" => self.offset = parse_usize(name, value)?,
            _ => {
                let known = Self::PARAMS.join(", ");
                return err(format!("unknown parameter; known: {known}"));
            }
        }
        Ok(())
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
