//! Consistency checks that serde alone cannot express.
use std::collections::HashSet;
use std::path::Path;

use app::model::params::{MAX_SOURCE_CHARS, PLAN_SOURCE};
use app::model::{Entity, Indicator, Precision, SectorInfo, CITIES};
use geo::{Distance, Euclidean, Point};

use super::{CatalogueError, PlanText};
use crate::basemap::BaseMap;

/// Coastline and islands are coarse in the base map (1/1024° source), so points may sit
/// this far outside their city's polygon.
const COAST_TOLERANCE_KM: f64 = 3.0;
const KM_PER_DEGREE: f64 = 111.0;
const MAX_QUOTE_CHARS: usize = 80;

pub fn entities(
    path: &Path,
    entities: &[Entity],
    plan: &PlanText,
    basemap: &BaseMap,
) -> Result<(), CatalogueError> {
    let ids: HashSet<&str> = entities.iter().map(|e| e.id.as_str()).collect();
    let mut seen = HashSet::new();
    for e in entities {
        let fail = |reason: String| CatalogueError::record(path, e.id.clone(), reason);
        if !seen.insert(e.id.as_str()) {
            return Err(fail("duplicate id".into()));
        }
        entity(e, plan, basemap, &ids).map_err(fail)?;
    }
    Ok(())
}

pub fn entity(
    e: &Entity,
    plan: &PlanText,
    basemap: &BaseMap,
    ids: &HashSet<&str>,
) -> Result<(), String> {
    let p = &e.props;
    let ascii_id = |s: &str| {
        !s.is_empty()
            && s.split('-').all(|w| {
                !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
    };
    if !ascii_id(&e.id) {
        return Err("id must be a lowercase ascii id (a-z, 0-9, single dashes)".into());
    }
    if p.name_zh.trim().is_empty() || p.name_en.trim().is_empty() {
        return Err("empty name_zh or name_en".into());
    }
    if p.sectors.is_empty() {
        return Err("no sectors".into());
    }
    if p.refs.is_empty() {
        return Err("empty refs: every entity cites the plan or another document".into());
    }
    for r in &p.refs {
        if r.document.as_deref().is_some_and(|d| d.trim().is_empty()) {
            return Err(format!("ref with an empty document: {:?}", r.quote));
        }
        // `source=` names documents by title, comma-separated, and the plan as `plan`.
        if let Some(d) = r.document.as_deref().filter(|d| bad_title(d)) {
            return Err(format!(
                "document title {d:?}: trimmed, at most {MAX_SOURCE_CHARS} characters, \
                 without ',' and not the word {PLAN_SOURCE:?}"
            ));
        }
        if r.section.trim().is_empty() {
            return Err(format!("ref without section: {:?}", r.quote));
        }
        if r.quote.chars().count() > MAX_QUOTE_CHARS {
            return Err(format!(
                "quote longer than {MAX_QUOTE_CHARS} characters: {:?}",
                r.quote
            ));
        }
        // A citation of another document (a city plan, the next plan) is checked by the
        // reviewer who approves it; only the plan's own text is here to check against.
        if r.document.is_none() && !plan.contains(&r.quote) {
            return Err(format!("quote not in the plan text: {:?}", r.quote));
        }
    }
    if let Some(c) = p.cities.iter().find(|c| !CITIES.contains(&c.as_str())) {
        return Err(format!("unknown city {c:?}"));
    }
    if let Some(r) = p
        .related
        .iter()
        .find(|r| !ids.contains(r.as_str()) || *r == &e.id)
    {
        return Err(format!(
            "related id {r:?} does not exist or is the entity itself"
        ));
    }
    if p.members.is_empty() {
        return Err("no member sites".into());
    }
    for m in &p.members {
        member(m, basemap, &p.cities)?;
    }
    curated(p)?;
    let member_cities: HashSet<&str> = p.members.iter().map(|m| m.city.as_str()).collect();
    if (member_cities.len() > 1) != (p.precision == Precision::MultiCity) {
        return Err(format!(
            "precision {:?} but sites in {} cities",
            p.precision,
            member_cities.len()
        ));
    }
    Ok(())
}

const MAX_NOTE_CHARS: usize = 2000;

/// The fields curation adds: a dated status, a positive area, a web address, short notes.
fn curated(p: &app::model::EntityProps) -> Result<(), String> {
    if let Some(d) = &p.status_as_of {
        if p.status.is_none() {
            return Err("status_as_of without a status".into());
        }
        is_date(d).map_err(|e| format!("status_as_of {d:?}: {e}"))?;
    }
    if let Some(a) = p.area_km2.filter(|a| !(a.is_finite() && *a > 0.0)) {
        return Err(format!("area_km2 {a} is not a positive number"));
    }
    if let Some(w) = p.website.as_deref() {
        if !is_web_address(w) {
            return Err(format!("website {w:?} is not an http(s) address"));
        }
    }
    for (name, text) in [("note", &p.note), ("location_note", &p.location_note)] {
        if text
            .as_ref()
            .is_some_and(|t| t.chars().count() > MAX_NOTE_CHARS)
        {
            return Err(format!("{name} is longer than {MAX_NOTE_CHARS} characters"));
        }
    }
    Ok(())
}

/// An `http(s)://` address without spaces (so never `javascript:`).
/// A cited document's title that `source=` could not name on its own.
fn bad_title(d: &str) -> bool {
    d != d.trim() || d.contains(',') || d == PLAN_SOURCE || d.chars().count() > MAX_SOURCE_CHARS
}

pub fn is_web_address(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://")) && !s.contains(char::is_whitespace)
}

/// `YYYY-MM-DD`, a real day.
pub fn is_date(s: &str) -> Result<(), String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s, &format)
        .map(|_| ())
        .map_err(|_| "not a date (YYYY-MM-DD)".into())
}

fn member(m: &app::model::Member, basemap: &BaseMap, cities: &[String]) -> Result<(), String> {
    let in_fujian =
        |lon: f64, lat: f64| (115.0..=121.0).contains(&lon) && (23.0..=29.0).contains(&lat);
    if !in_fujian(m.lon, m.lat) {
        let hint = if in_fujian(m.lat, m.lon) {
            " (lon and lat swapped? GeoJSON order is lon, lat)"
        } else {
            ""
        };
        return Err(format!(
            "site {:?} at ({}, {}) is outside Fujian{hint}",
            m.name_zh, m.lon, m.lat
        ));
    }
    if m.precision == Precision::MultiCity {
        return Err(format!(
            "site {:?}: multi_city is not a site precision",
            m.name_zh
        ));
    }
    if !cities.contains(&m.city) {
        return Err(format!(
            "site {:?} is in {} which is not among the entity's cities",
            m.name_zh, m.city
        ));
    }
    let region = basemap
        .region(&m.city)
        .ok_or_else(|| format!("site {:?}: no base-map polygon for {}", m.name_zh, m.city))?;
    let point = Point::new(m.lon, m.lat);
    let km = Euclidean.distance(&point, &region.shape) * KM_PER_DEGREE;
    if km > COAST_TOLERANCE_KM {
        return Err(format!(
            "site {:?} ({}, {}) is {km:.1} km outside {}",
            m.name_zh, m.lon, m.lat, m.city
        ));
    }
    Ok(())
}

pub fn sectors(path: &Path, sectors: &[SectorInfo], plan: &PlanText) -> Result<(), CatalogueError> {
    for s in sectors {
        let fail = |reason: String| CatalogueError::record(path, format!("{:?}", s.id), reason);
        let hex = s.color.len() == 7
            && s.color.starts_with('#')
            && s.color[1..].chars().all(|c| c.is_ascii_hexdigit());
        if !hex {
            return Err(fail(format!("colour {:?} is not #rrggbb", s.color)));
        }
        if let Some(r) = s.plan_ref.as_ref().filter(|r| !plan.contains(&r.quote)) {
            return Err(fail(format!("quote not in the plan text: {:?}", r.quote)));
        }
    }
    let listed: HashSet<_> = sectors.iter().map(|s| s.id).collect();
    match app::model::Sector::ALL.iter().find(|s| !listed.contains(s)) {
        Some(missing) => Err(CatalogueError::record(
            path,
            format!("{missing:?}"),
            "sector missing",
        )),
        None => Ok(()),
    }
}

pub fn indicators(
    path: &Path,
    indicators: &[Indicator],
    plan: &PlanText,
) -> Result<(), CatalogueError> {
    match indicators.iter().find(|i| !plan.contains(&i.ref_quote)) {
        Some(i) => Err(CatalogueError::record(
            path,
            i.no.to_string(),
            format!("ref_quote not in the plan text: {:?}", i.ref_quote),
        )),
        None => Ok(()),
    }
}
