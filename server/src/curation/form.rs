//! The suggest page's form: an entity's editable fields as the form's strings, and the
//! submitted strings back as a [`Proposal`] whose merge patch holds only what changed.
use app::model::{wire_name, ChangeSource, Entity, EntityProps};
use serde_json::{json, Map, Value};

use super::form_pairs::{get, Pairs};
use super::form_sites::{members, number};
use super::source::Proposal;
use super::CurationError;

/// The form's fields for `props` as they stand (what the page shows first).
pub fn form_fields(props: &EntityProps) -> Vec<(String, String)> {
    let text = |s: &Option<String>| s.clone().unwrap_or_default();
    let mut out = vec![
        ("base_revision".into(), props.revision.to_string()),
        ("name_en".into(), props.name_en.clone()),
        ("aliases".into(), props.aliases.join("\n")),
        ("related".into(), props.related.join("\n")),
        ("location_note".into(), text(&props.location_note)),
        (
            "status".into(),
            props.status.map(|s| wire_name(&s)).unwrap_or_default(),
        ),
        ("status_as_of".into(), text(&props.status_as_of)),
        (
            "area_km2".into(),
            props.area_km2.map(|a| a.to_string()).unwrap_or_default(),
        ),
        ("website".into(), text(&props.website)),
        ("note".into(), text(&props.note)),
    ];
    for (i, m) in props.members.iter().enumerate() {
        out.push((format!("site{i}_lon"), format!("{:.6}", m.lon)));
        out.push((format!("site{i}_lat"), format!("{:.6}", m.lat)));
        out.push((format!("site{i}_precision"), wire_name(&m.precision)));
    }
    out
}

/// A text or optional field: the new value, `null` to clear it, or nothing if unchanged.
fn field(patch: &mut Map<String, Value>, name: &str, old: &str, new: &str, value: Value) {
    if old != new {
        let v = if new.is_empty() { Value::Null } else { value };
        patch.insert(name.to_owned(), v);
    }
}

/// The merge patch of what the form changed, with its reason and source.
pub fn form_proposal(current: &Entity, pairs: &Pairs) -> Result<Proposal, CurationError> {
    let old = form_fields(&current.props);
    let mut patch = Map::new();
    for name in [
        "name_en",
        "location_note",
        "status_as_of",
        "website",
        "note",
    ] {
        let new = get(pairs, name);
        field(&mut patch, name, get(&old, name), new, json!(new));
    }
    let status = get(pairs, "status");
    field(
        &mut patch,
        "status",
        get(&old, "status"),
        status,
        json!(status),
    );
    let area = get(pairs, "area_km2");
    if area != get(&old, "area_km2") && !area.is_empty() {
        let a = number(pairs, "area_km2")?;
        patch.insert("area_km2".into(), json!(a));
    } else {
        field(
            &mut patch,
            "area_km2",
            get(&old, "area_km2"),
            area,
            Value::Null,
        );
    }
    // One per line (related ids may also be comma-separated).
    for name in ["aliases", "related"] {
        let items: Vec<&str> = get(pairs, name)
            .split(['\n', ','])
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .collect();
        if items.join("\n") != get(&old, name) {
            patch.insert(name.into(), json!(items));
        }
    }
    if let Some(m) = members(&current.props, pairs)? {
        patch.insert("members".into(), m);
    }
    if patch.is_empty() {
        return Err(CurationError::bad("changes", "nothing changed"));
    }
    let base = get(pairs, "base_revision");
    let base_revision = base
        .parse()
        .map_err(|_| CurationError::bad("base_revision", format!("{base:?}")))?;
    Ok(proposal(
        Some(current.id.clone()),
        Some(base_revision),
        Value::Object(patch),
        pairs,
        None,
    ))
}

/// A field the form may leave empty: `None` when it did.
pub(super) fn optional(pairs: &Pairs, name: &str) -> Option<String> {
    Some(get(pairs, name).to_owned()).filter(|s| !s.is_empty())
}

/// The proposal of either form: its changes with the reason, source and datum fields; an
/// empty source title reads as `default_title`.
pub(super) fn proposal(
    entity_id: Option<String>,
    base_revision: Option<u64>,
    changes: Value,
    pairs: &Pairs,
    default_title: Option<&str>,
) -> Proposal {
    Proposal {
        entity_id,
        base_revision,
        changes,
        reason: get(pairs, "reason").to_owned(),
        source: ChangeSource {
            title: optional(pairs, "source_title").or_else(|| default_title.map(str::to_owned)),
            url: optional(pairs, "source_url"),
            local_knowledge: !get(pairs, "local_knowledge").is_empty(),
            date: get(pairs, "source_date").to_owned(),
        },
        datum: optional(pairs, "datum"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity() -> Entity {
        serde_json::from_value(json!({
            "id": "p", "properties": {
                "name_zh": "园", "name_en": "Park", "kind": "park", "sectors": ["marine"],
                "tier": "provincial", "cities": ["厦门市"], "precision": "city", "note": "old",
                "members": [{"name_zh": "园", "lon": 118.1, "lat": 24.5, "precision": "city", "city": "厦门市"}],
                "refs": [{"section": "专栏1", "quote": "园"}]
            }
        }))
        .unwrap()
    }

    fn with(e: &Entity, changes: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut pairs = form_fields(&e.props);
        for (k, v) in changes {
            pairs.retain(|(n, _)| n != k);
            pairs.push((k.to_string(), v.to_string()));
        }
        pairs
    }

    #[test]
    fn an_untouched_form_changes_nothing() {
        let e = entity();
        let r = form_proposal(&e, &with(&e, &[("reason", "r")]));
        assert!(matches!(r, Err(CurationError::Bad(p)) if p.param == "changes"));
    }

    #[test]
    fn the_patch_holds_only_what_changed() {
        let e = entity();
        let pairs = with(
            &e,
            &[
                ("site0_lon", "118.2"),
                ("site0_precision", "site"),
                ("note", ""),
                ("area_km2", "3.5"),
                ("reason", "seen"),
                ("source_title", "公告"),
                ("source_date", "2026-05-01"),
            ],
        );
        let p = form_proposal(&e, &pairs).unwrap();
        let members = &p.changes["members"][0];
        assert_eq!(
            (members["lon"].as_f64(), members["lat"].as_f64()),
            (Some(118.2), Some(24.5))
        );
        assert_eq!(members["precision"], "site");
        assert_eq!(p.changes["note"], Value::Null);
        assert_eq!(p.changes["area_km2"], 3.5);
        assert_eq!(p.changes.as_object().unwrap().len(), 3, "{}", p.changes);
        assert_eq!(
            (p.base_revision, p.source.title.as_deref()),
            (Some(0), Some("公告"))
        );
    }

    #[test]
    fn a_bad_number_names_its_field() {
        let e = entity();
        for (name, value) in [("site0_lat", "north"), ("area_km2", "big")] {
            let r = form_proposal(&e, &with(&e, &[(name, value)]));
            assert!(
                matches!(r, Err(CurationError::Bad(p)) if p.param == name),
                "{name}"
            );
        }
    }

    #[test]
    fn a_new_site_and_related_ids_are_added() {
        let e = entity();
        let pairs = with(
            &e,
            &[
                ("site1_lon", "118.15"),
                ("site1_lat", "24.55"),
                ("site1_precision", "site"),
                ("related", "a, b"),
                ("reason", "r"),
                ("source_date", "2026-05-01"),
            ],
        );
        let p = form_proposal(&e, &pairs).unwrap();
        let sites = p.changes["members"].as_array().unwrap();
        assert_eq!((sites.len(), &sites[1]["city"]), (2, &json!("厦门市")));
        assert_eq!(sites[1]["name_zh"], "园");
        assert_eq!(p.changes["related"], json!(["a", "b"]));
    }
}
