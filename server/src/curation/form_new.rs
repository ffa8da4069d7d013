//! The new-entity form (`/suggest/new`): an entity another document names (a city plan,
//! the next five-year plan), as a [`Proposal`] without `entity_id` whose changes are the
//! whole properties: kind, sectors, tier as the document states it, one site, and the
//! citation `{document, section, quote}`.
use app::model::{Kind, Precision, Sector, Tier};
use serde_json::json;

use super::form::proposal;
use super::form_pairs::{get, Pairs};
use super::source::Proposal;
use super::CurationError;

fn required<'a>(pairs: &'a Pairs, name: &str) -> Result<&'a str, CurationError> {
    Some(get(pairs, name))
        .filter(|v| !v.is_empty())
        .ok_or_else(|| CurationError::bad(name, "required"))
}

/// One of an enum's wire names, as its select sends it.
fn choice<T: serde::de::DeserializeOwned>(pairs: &Pairs, name: &str) -> Result<T, CurationError> {
    let v = required(pairs, name)?;
    serde_json::from_value(json!(v)).map_err(|_| CurationError::bad(name, format!("{v:?}")))
}

fn number(pairs: &Pairs, name: &str) -> Result<f64, CurationError> {
    let s = required(pairs, name)?;
    s.parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
        .ok_or_else(|| CurationError::bad(name, format!("{s:?} is not a number")))
}

/// The form's new entity; the catalogue's own checks (its site inside its city, the
/// document's title) run when it is proposed.
pub fn new_entity_proposal(pairs: &Pairs) -> Result<Proposal, CurationError> {
    let sectors = pairs
        .iter()
        .filter(|(k, _)| k == "sector")
        .map(|(_, v)| serde_json::from_value::<Sector>(json!(v)))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| CurationError::bad("sector", "one of the map's sectors"))?;
    if sectors.is_empty() {
        return Err(CurationError::bad("sector", "choose at least one"));
    }
    let (name_zh, city) = (required(pairs, "name_zh")?, required(pairs, "city")?);
    let kind: Kind = choice(pairs, "kind")?;
    let tier: Tier = choice(pairs, "tier")?;
    let precision: Precision = choice(pairs, "site0_precision")?;
    let document = required(pairs, "document")?;
    let changes = json!({
        "name_zh": name_zh,
        "name_en": required(pairs, "name_en")?,
        "kind": kind,
        "sectors": sectors,
        "tier": tier,
        "cities": [city],
        "precision": precision,
        "members": [{
            "name_zh": name_zh,
            "lon": number(pairs, "site0_lon")?,
            "lat": number(pairs, "site0_lat")?,
            "precision": precision,
            "city": city,
            "district": get(pairs, "district"),
        }],
        "refs": [{
            "document": document,
            "section": required(pairs, "section")?,
            "quote": required(pairs, "quote")?,
        }],
    });
    // The document the entity comes from is the source, unless the editor names another.
    Ok(proposal(None, None, changes, pairs, Some(document)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(edits: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = [
            ("name_zh", "莆田新园区"),
            ("name_en", "Putian New Park"),
            ("kind", "park"),
            ("sector", "new_materials"),
            ("sector", "marine"),
            ("tier", "none"),
            ("city", "莆田市"),
            ("site0_lon", "119.01"),
            ("site0_lat", "25.44"),
            ("site0_precision", "site"),
            ("document", "莆田市“十五五”规划"),
            ("section", "第二章"),
            ("quote", "建设莆田新园区"),
            ("reason", "named in the city's next plan"),
            ("source_date", "2026-03-01"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        for (k, v) in edits {
            pairs.retain(|(n, _)| n != k);
            pairs.push((k.to_string(), v.to_string()));
        }
        pairs
    }

    #[test]
    fn the_form_is_a_whole_entity_citing_its_document() {
        let p = new_entity_proposal(&form(&[])).unwrap();
        assert_eq!(p.entity_id, None);
        assert_eq!(p.changes["sectors"], json!(["new_materials", "marine"]));
        assert_eq!(p.changes["refs"][0]["document"], "莆田市“十五五”规划");
        assert_eq!(p.changes["members"][0]["lon"], 119.01);
        assert_eq!(p.source.title.as_deref(), Some("莆田市“十五五”规划"));
    }

    #[test]
    fn a_missing_or_bad_field_is_named() {
        for (name, value) in [
            ("quote", ""),
            ("site0_lat", "north"),
            ("kind", "castle"),
            ("name_en", " "),
        ] {
            let r = new_entity_proposal(&form(&[(name, value)]));
            assert!(
                matches!(r, Err(CurationError::Bad(p)) if p.param == name),
                "{name}"
            );
        }
        let no_sector: Vec<_> = form(&[])
            .into_iter()
            .filter(|(k, _)| k != "sector")
            .collect();
        let r = new_entity_proposal(&no_sector);
        assert!(matches!(r, Err(CurationError::Bad(p)) if p.param == "sector"));
    }
}
