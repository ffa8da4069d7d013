//! The suggest form's sites: each site's position and precision as typed or picked, and a
//! new site (the fields after the last one, `site{n}_…`, filled in) of the entity.
use app::model::{EntityProps, Member, Precision};
use serde_json::{json, Value};

use super::form_pairs::{get, Pairs};
use super::CurationError;

pub(super) fn number(pairs: &Pairs, name: &str) -> Result<f64, CurationError> {
    let s = get(pairs, name);
    s.parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
        .ok_or_else(|| CurationError::bad(name, format!("{s:?} is not a number")))
}

fn precision(pairs: &Pairs, name: &str) -> Result<Precision, CurationError> {
    serde_json::from_value(json!(get(pairs, name)))
        .map_err(|_| CurationError::bad(name, "site, district or city"))
}

/// The site the form adds after the entity's `n` sites, if its position is filled in.
fn new_site(old: &EntityProps, pairs: &Pairs) -> Result<Option<Member>, CurationError> {
    let n = old.members.len();
    let field = |k: &str| format!("site{n}_{k}");
    if get(pairs, &field("lon")).is_empty() && get(pairs, &field("lat")).is_empty() {
        return Ok(None);
    }
    let city = match get(pairs, &field("city")) {
        "" => old.cities.first().cloned().unwrap_or_default(),
        c => c.to_owned(),
    };
    let name = match get(pairs, &field("name")) {
        "" => old.name_zh.clone(),
        given => given.to_owned(),
    };
    Ok(Some(Member {
        name_zh: name,
        role: String::new(),
        lon: number(pairs, &field("lon"))?,
        lat: number(pairs, &field("lat"))?,
        precision: precision(pairs, &field("precision"))?,
        city,
        district: get(pairs, &field("district")).to_owned(),
    }))
}

/// The sites with the form's positions and precisions, and its new site; `None` when
/// none changed.
pub(super) fn members(old: &EntityProps, pairs: &Pairs) -> Result<Option<Value>, CurationError> {
    let mut changed = false;
    let mut list = old.members.clone();
    for (i, m) in list.iter_mut().enumerate() {
        let (lon, lat) = (
            number(pairs, &format!("site{i}_lon"))?,
            number(pairs, &format!("site{i}_lat"))?,
        );
        let precision = precision(pairs, &format!("site{i}_precision"))?;
        // The form shows six decimals (about 0.1 m): a position it did not touch stays.
        let moved = (lon - m.lon).abs() > 5e-7 || (lat - m.lat).abs() > 5e-7;
        if moved {
            (m.lon, m.lat) = (lon, lat);
        }
        if moved || precision != m.precision {
            m.precision = precision;
            changed = true;
        }
    }
    if let Some(site) = new_site(old, pairs)? {
        list.push(site);
        changed = true;
    }
    Ok(changed.then(|| json!(list)))
}
