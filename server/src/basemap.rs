//! The offline base map (`data/basemap/fujian.geojson`): loaded and validated once at start-up.
use std::path::{Path, PathBuf};

use geo::{Contains, MultiPolygon, Point};
use thiserror::Error;

/// The nine prefecture-level cities, in the province's usual order.
pub const CITY_NAMES: [&str; 9] = [
    "福州市",
    "厦门市",
    "莆田市",
    "三明市",
    "泉州市",
    "漳州市",
    "南平市",
    "龙岩市",
    "宁德市",
];
/// The base map's name for 平潭, which the catalogue treats like a tenth city.
pub const PINGTAN: &str = "平潭综合实验区";

#[derive(Debug, Error)]
pub enum BaseMapError {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not a GeoJSON FeatureCollection: {reason}")]
    Parse { path: PathBuf, reason: String },
    #[error("{path}: feature {feature:?}: {reason}")]
    Invalid {
        path: PathBuf,
        feature: String,
        reason: String,
    },
}

use app::model::RegionKind;

#[derive(Clone, Debug)]
pub struct Region {
    pub name_zh: String,
    pub kind: RegionKind,
    pub shape: MultiPolygon<f64>,
    pub label: Point<f64>,
}

/// The validated base map plus its original bytes (served as-is to the browser).
#[derive(Debug)]
pub struct BaseMap {
    pub regions: Vec<Region>,
    pub geojson: String,
}

impl BaseMap {
    pub fn load(path: &Path) -> Result<Self, BaseMapError> {
        let text = std::fs::read_to_string(path).map_err(|source| BaseMapError::Read {
            path: path.to_owned(),
            source,
        })?;
        Self::parse(path, text)
    }

    /// Parses and validates; `path` is only used in error messages.
    pub fn parse(path: &Path, geojson: String) -> Result<Self, BaseMapError> {
        let fc: geojson::FeatureCollection =
            geojson
                .parse()
                .map_err(|e: geojson::Error| BaseMapError::Parse {
                    path: path.to_owned(),
                    reason: e.to_string(),
                })?;
        let regions = fc
            .features
            .iter()
            .enumerate()
            .map(|(i, f)| region(f).map_err(|(feature, reason)| invalid(path, feature, i, reason)))
            .collect::<Result<Vec<_>, _>>()?;
        for name in CITY_NAMES.iter().chain([&PINGTAN]) {
            let n = regions.iter().filter(|r| r.name_zh == *name).count();
            if n != 1 {
                let reason = format!("expected exactly one feature named {name}, found {n}");
                return Err(invalid(path, Some(name.to_string()), 0, reason));
            }
        }
        Ok(BaseMap { regions, geojson })
    }

    pub fn cities(&self) -> impl Iterator<Item = &Region> {
        self.regions.iter().filter(|r| r.kind == RegionKind::City)
    }

    /// The city or 平潭 region of that name.
    pub fn region(&self, name: &str) -> Option<&Region> {
        self.regions
            .iter()
            .find(|r| r.kind != RegionKind::Context && r.name_zh == name)
    }

    /// True when `point` lies inside the named city (or 平潭).
    pub fn contains(&self, name: &str, point: Point<f64>) -> bool {
        self.region(name).is_some_and(|r| r.shape.contains(&point))
    }
}

fn invalid(path: &Path, feature: Option<String>, index: usize, reason: String) -> BaseMapError {
    BaseMapError::Invalid {
        path: path.to_owned(),
        feature: feature.unwrap_or_else(|| format!("#{index}")),
        reason,
    }
}

type RegionError = (Option<String>, String);

fn region(f: &geojson::Feature) -> Result<Region, RegionError> {
    let name = f
        .property("name_zh")
        .and_then(|v| v.as_str())
        .map(str::to_owned);
    let fail = |reason: String| (name.clone(), reason);
    let name_zh = name
        .clone()
        .ok_or_else(|| fail("missing string property name_zh".into()))?;
    let kind = match f.property("kind").and_then(|v| v.as_str()) {
        Some("city") => RegionKind::City,
        Some("pingtan") => RegionKind::Pingtan,
        Some("context") => RegionKind::Context,
        other => return Err(fail(format!("unknown kind {other:?}"))),
    };
    let geometry = f
        .geometry
        .as_ref()
        .ok_or_else(|| fail("no geometry".into()))?;
    let shape = match geo::Geometry::<f64>::try_from(geometry.clone()) {
        Ok(geo::Geometry::MultiPolygon(m)) => m,
        Ok(geo::Geometry::Polygon(p)) => MultiPolygon(vec![p]),
        Ok(_) => return Err(fail("geometry must be a (Multi)Polygon".into())),
        Err(e) => return Err(fail(format!("bad geometry: {e}"))),
    };
    check_shape(&shape, kind).map_err(fail)?;
    let label = f
        .property("label")
        .and_then(|v| v.as_array())
        .and_then(|a| Some(Point::new(a.first()?.as_f64()?, a.get(1)?.as_f64()?)))
        .ok_or_else(|| fail("missing label [lon, lat]".into()))?;
    Ok(Region {
        name_zh,
        kind,
        shape,
        label,
    })
}

fn check_shape(shape: &MultiPolygon<f64>, kind: RegionKind) -> Result<(), String> {
    if shape.0.is_empty() {
        return Err("empty geometry".into());
    }
    for ring in shape
        .0
        .iter()
        .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
    {
        if ring.0.len() < 4 || ring.0.first() != ring.0.last() {
            return Err("a ring is not closed or has fewer than 4 points".into());
        }
        for c in &ring.0 {
            let in_fujian = (115.0..=121.0).contains(&c.x) && (23.0..=29.0).contains(&c.y);
            if !c.x.is_finite() || !c.y.is_finite() || (kind != RegionKind::Context && !in_fujian) {
                return Err(format!(
                    "coordinate ({}, {}) outside Fujian (115–121°E, 23–29°N; GeoJSON order is lon, lat)",
                    c.x, c.y
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "basemap_tests.rs"]
mod tests;
