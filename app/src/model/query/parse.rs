//! The filters' parsers: one arm per parameter of [`Query::PARAMS`].
use std::collections::BTreeSet;

use super::{Query, MAX_K, MAX_LIMIT, MAX_Q_CHARS, MAX_RADIUS_KM};
use crate::model::params::{
    check_lon_lat, numbers, parse_city, parse_sources, parse_usize, ParamError,
};
use crate::model::{wire_name, Sector, ALL_KINDS, ALL_TIERS};

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
    pub(super) fn apply(&mut self, name: &str, value: &str) -> Result<(), ParamError> {
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
                    if crate::model::chain(item).is_none() {
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
            "source" => parse_sources(name, value, &mut self.sources)?,
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
}
