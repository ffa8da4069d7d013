//! The one query type behind the REST API, server functions and exports, with its strict
//! URL parser, and the response types the search engine returns to the browser.
use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{slug, Kind, Sector, Tier, ALL_KINDS, ALL_TIERS, CITIES};

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
    pub cities: BTreeSet<String>,
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
            q: None,
            near: None,
            radius_km: None,
            k: None,
            limit: DEFAULT_LIMIT,
            offset: 0,
        }
    }
}

/// A rejected query parameter, with a message meant for the person who wrote the URL.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueryError {
    pub param: String,
    pub message: String,
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.param, self.message)
    }
}

impl std::error::Error for QueryError {}

const PARAMS: &str = "bbox, sector, tier, kind, city, q, near, radius_km, k, limit, offset";

fn err(param: &str, message: impl Into<String>) -> QueryError {
    QueryError {
        param: param.to_owned(),
        message: message.into(),
    }
}

/// Adds every comma-separated item of `value` to `set`, naming the allowed values on a miss.
fn add_items<T: Ord + Clone>(
    param: &str,
    value: &str,
    all: &[T],
    name: fn(&T) -> String,
    set: &mut BTreeSet<T>,
) -> Result<(), QueryError> {
    for item in value.split(',') {
        let item = item.trim();
        let Some(v) = all.iter().find(|v| name(v) == item).cloned() else {
            let allowed: Vec<String> = all.iter().map(name).collect();
            let msg = format!("unknown value {item:?}; allowed: {}", allowed.join(", "));
            return Err(err(param, msg));
        };
        set.insert(v);
    }
    Ok(())
}

fn numbers(param: &str, value: &str, n: usize, shape: &str) -> Result<Vec<f64>, QueryError> {
    let parts: Vec<&str> = value.split(',').collect();
    if parts.len() != n {
        return Err(err(param, format!("expected {n} numbers: {shape}")));
    }
    parts
        .iter()
        .map(|p| match super::parse_decimal(p.trim()) {
            Some(x) if x.is_finite() => Ok(x),
            _ => Err(err(param, format!("{p:?} is not a number ({shape})"))),
        })
        .collect()
}

/// Checks one lon/lat pair, hinting at the common mistake of writing lat before lon.
fn check_lon_lat(param: &str, lon: f64, lat: f64, shape: &str) -> Result<(), QueryError> {
    let lon_ok = (-180.0..=180.0).contains(&lon);
    if lon_ok && (-90.0..=90.0).contains(&lat) {
        return Ok(());
    }
    let swapped = (-90.0..=90.0).contains(&lon) && (-180.0..=180.0).contains(&lat);
    let hint = if swapped {
        " (lon and lat look swapped)"
    } else {
        ""
    };
    let what = if lon_ok { "latitude" } else { "longitude" };
    let msg = format!("{what} out of range; expected {shape}{hint}");
    Err(err(param, msg))
}

fn parse_usize(param: &str, value: &str) -> Result<usize, QueryError> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        let msg = format!("{value:?} is not a non-negative integer");
        return Err(err(param, msg));
    }
    // All digits, so the only failure left is overflow: saturate, and let range checks judge.
    Ok(value.parse().unwrap_or(usize::MAX))
}

impl Query {
    /// Parses URL query pairs strictly: unknown names, bad values and repeats of
    /// single-valued parameters are errors, so a typo never silently widens a search.
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<Query, QueryError> {
        let mut q = Query::default();
        let mut seen = BTreeSet::new();
        for (name, value) in pairs {
            let value = value.trim();
            let repeatable = matches!(name.as_str(), "sector" | "tier" | "kind" | "city");
            if !repeatable && !seen.insert(name.as_str()) {
                return Err(err(name, "given more than once"));
            }
            q.apply(name, value)?;
        }
        for (param, given) in [("radius_km", q.radius_km.is_some()), ("k", q.k.is_some())] {
            if given && q.near.is_none() {
                return Err(err(param, "only allowed together with near=lon,lat"));
            }
        }
        Ok(q)
    }

    fn apply(&mut self, name: &str, value: &str) -> Result<(), QueryError> {
        match name {
            "bbox" => {
                let shape = "minLon,minLat,maxLon,maxLat";
                let b = numbers(name, value, 4, shape)?;
                check_lon_lat(name, b[0], b[1], shape)?;
                check_lon_lat(name, b[2], b[3], shape)?;
                if b[0] > b[2] || b[1] > b[3] {
                    let msg = format!("min must not exceed max; expected {shape}");
                    return Err(err(name, msg));
                }
                self.bbox = Some([b[0], b[1], b[2], b[3]]);
            }
            "sector" => add_items(name, value, &Sector::ALL, slug, &mut self.sectors)?,
            "tier" => add_items(name, value, &ALL_TIERS, slug, &mut self.tiers)?,
            "kind" => add_items(name, value, &ALL_KINDS, slug, &mut self.kinds)?,
            "city" => {
                let all = CITIES.map(str::to_owned);
                add_items(name, value, &all, String::clone, &mut self.cities)?;
            }
            "q" if value.chars().count() > MAX_Q_CHARS => {
                return Err(err(name, format!("at most {MAX_Q_CHARS} characters")));
            }
            // An empty search box means no text filter.
            "q" => self.q = (!value.is_empty()).then(|| value.to_owned()),
            "near" => {
                let p = numbers(name, value, 2, "lon,lat")?;
                check_lon_lat(name, p[0], p[1], "lon,lat")?;
                self.near = Some((p[0], p[1]));
            }
            "radius_km" => {
                let r = numbers(name, value, 1, "kilometres")?[0];
                if r <= 0.0 || r > MAX_RADIUS_KM {
                    return Err(err(name, format!("must be > 0 and ≤ {MAX_RADIUS_KM}")));
                }
                self.radius_km = Some(r);
            }
            "k" => match parse_usize(name, value) {
                Ok(k) if (1..=MAX_K).contains(&k) => self.k = Some(k),
                _ => return Err(err(name, format!("must be an integer from 1 to {MAX_K}"))),
            },
            // Over the cap is clamped rather than rejected: the caller still gets a page.
            "limit" => self.limit = parse_usize(name, value)?.min(MAX_LIMIT),
            "offset" => self.offset = parse_usize(name, value)?,
            _ => return Err(err(name, format!("unknown parameter; known: {PARAMS}"))),
        }
        Ok(())
    }

    /// The query as URL pairs in canonical order, defaults left out; `from_pairs` reads it back.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let joined = |names: Vec<String>| (!names.is_empty()).then(|| names.join(","));
        let pairs = [
            (
                "bbox",
                self.bbox.map(|[a, b, c, d]| format!("{a},{b},{c},{d}")),
            ),
            ("sector", joined(self.sectors.iter().map(slug).collect())),
            ("tier", joined(self.tiers.iter().map(slug).collect())),
            ("kind", joined(self.kinds.iter().map(slug).collect())),
            ("city", joined(self.cities.iter().cloned().collect())),
            ("q", self.q.clone()),
            ("near", self.near.map(|(lon, lat)| format!("{lon},{lat}"))),
            ("radius_km", self.radius_km.map(|r| r.to_string())),
            ("k", self.k.map(|k| k.to_string())),
            (
                "limit",
                (self.limit != DEFAULT_LIMIT).then(|| self.limit.to_string()),
            ),
            (
                "offset",
                (self.offset != 0).then(|| self.offset.to_string()),
            ),
        ];
        let present = pairs
            .into_iter()
            .filter_map(|(k, v)| Some((k.to_owned(), v?)));
        present.collect()
    }
}
