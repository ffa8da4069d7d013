//! The curation rules as plain functions: what a patch may touch, what follows the sites,
//! the diff, and how revisions lay over the baseline with per-field provenance.
use app::model::{Entity, Precision};
use serde_json::json;

use super::{apply, create, diff, moves, overlay, CurationError, Datum};
use crate::store::RevisionRow;

fn entity() -> Entity {
    serde_json::from_value(json!({
        "id": "p", "properties": {
            "name_zh": "园", "name_en": "Park", "kind": "park", "sectors": ["marine"],
            "tier": "provincial", "cities": ["厦门市"], "precision": "city",
            "members": [{"name_zh": "园", "lon": 118.1, "lat": 24.5, "precision": "city", "city": "厦门市"}],
            "refs": [{"section": "专栏1", "quote": "园"}]
        }
    }))
    .unwrap()
}

fn param(r: Result<impl std::fmt::Debug, CurationError>) -> String {
    match r {
        Err(CurationError::Bad(p)) => p.param,
        other => panic!("expected a 400, got {other:?}"),
    }
}

#[test]
fn the_plans_words_and_derived_fields_stay_fixed() {
    let e = entity();
    assert_eq!(
        param(apply(&e, &json!({"name_zh": "x"}), Datum::Wgs84)),
        "changes.name_zh"
    );
    assert_eq!(
        param(apply(&e, &json!({"tier": "city"}), Datum::Wgs84)),
        "changes.tier"
    );
    assert_eq!(
        param(apply(&e, &json!({"chains": []}), Datum::Wgs84)),
        "changes.chains"
    );
    assert_eq!(
        param(apply(&e, &json!({"kind": "base"}), Datum::Wgs84)),
        "changes.kind"
    );
    assert_eq!(param(apply(&e, &json!([1]), Datum::Wgs84)), "changes");
    // A tier the plan does not state (it has a note) may be corrected.
    let mut noted = entity();
    noted.props.tier_note = Some("official designation".into());
    assert!(apply(&noted, &json!({"tier": "city"}), Datum::Wgs84).is_ok());
    // null removes an optional field (RFC 7396).
    let mut with_note = entity();
    with_note.props.note = Some("old".into());
    assert_eq!(
        apply(&with_note, &json!({"note": null}), Datum::Wgs84)
            .unwrap()
            .note,
        None
    );
}

#[test]
fn a_moved_site_carries_its_precision_and_gcj02_is_converted() {
    let e = entity();
    let site = json!({"members": [{"name_zh": "园", "lon": 118.2, "lat": 24.6, "precision": "site", "city": "厦门市"}]});
    let moved = apply(&e, &site, Datum::Wgs84).unwrap();
    assert_eq!(
        (moved.members[0].lon, moved.precision),
        (118.2, Precision::Site)
    );
    let converted = apply(&e, &site, Datum::Gcj02).unwrap();
    let (dlon, dlat) = (
        118.2 - converted.members[0].lon,
        24.6 - converted.members[0].lat,
    );
    assert!(
        dlon > 0.003 && dlon < 0.008 && dlat.abs() < 0.005,
        "{dlon} {dlat}"
    );
    let changed: Vec<String> = diff(Some(&e.props), &moved)
        .into_iter()
        .map(|c| c.field)
        .collect();
    assert_eq!(changed, ["members", "precision"]);
    let bd09 = Datum::parse("datum", Some("bd09")).map(|_| ());
    assert!(bd09.unwrap_err().to_string().contains("bd09"));
}

#[test]
fn a_new_entity_cites_another_document_and_gets_an_id_from_its_name() {
    let mut props = serde_json::Value::Object(super::diff::stored(&entity().props));
    assert_eq!(param(create(&props, Datum::Wgs84)), "changes.refs");
    props["refs"] = json!([{"document": "厦门市规划", "section": "二", "quote": "新园"}]);
    props["name_en"] = json!("Xiamen  New Park!");
    let (id, _) = create(&props, Datum::Wgs84).unwrap();
    assert_eq!(id, "xiamen-new-park");
}

fn row(
    seq: i64,
    id: &str,
    revision: i64,
    props: &app::model::EntityProps,
    fields: &[&str],
) -> RevisionRow {
    let diff: Vec<_> = fields
        .iter()
        .map(|f| json!({"field": f, "old": null, "new": 1}))
        .collect();
    RevisionRow {
        seq,
        entity_id: id.into(),
        revision,
        props: serde_json::to_string(props).unwrap(),
        diff: json!(diff).to_string(),
        suggestion_id: None,
        proposed_by: "eve".into(),
        approved_by: "rex".into(),
        reason: "r".into(),
        source: json!({"title": format!("doc {seq}"), "date": "2026-01-01"}).to_string(),
        at: 1_767_225_600_000,
    }
}

#[test]
fn revisions_lay_over_the_baseline_with_the_source_of_each_field() {
    let base = vec![entity()];
    let mut p1 = entity().props;
    p1.note = Some("n".into());
    let mut p2 = p1.clone();
    p2.website = Some("https://x.example".into());
    let mut other = entity().props;
    other.refs[0].document = Some("city plan".into());
    let rows = [
        row(1, "p", 1, &p1, &["note"]),
        row(2, "new", 1, &other, &["name_zh"]),
        row(3, "p", 2, &p2, &["website"]),
    ];
    let out = overlay(&base, &rows).unwrap();
    assert_eq!(
        out.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
        ["p", "new"]
    );
    let p = &out[0].props;
    assert_eq!(
        (p.revision, p.website.as_deref()),
        (2, Some("https://x.example"))
    );
    let sources: Vec<(&str, u64, &str)> = p
        .provenance
        .iter()
        .map(|f| {
            (
                f.field.as_str(),
                f.revision,
                f.source.title.as_deref().unwrap(),
            )
        })
        .collect();
    assert_eq!(sources, [("note", 1, "doc 1"), ("website", 2, "doc 3")]);
    assert_eq!(p.provenance[0].date, "2026-01-01");
    // Nothing in the store beyond the baseline: the baseline as it is.
    assert_eq!(overlay(&base, &[]).unwrap(), base);
}

#[test]
fn a_move_is_each_site_whose_position_changed() {
    let e = entity();
    let moved = json!({"members": [{"name_zh": "园", "lon": 118.2, "lat": 24.6, "precision": "site", "city": "厦门市"}]});
    let new = apply(&e, &moved, Datum::Wgs84).unwrap();
    let changes = diff(Some(&e.props), &new);
    assert_eq!(moves(&changes), vec![((118.1, 24.5), (118.2, 24.6))]);
    let renamed = apply(&e, &json!({"name_en": "P"}), Datum::Wgs84).unwrap();
    assert!(moves(&diff(Some(&e.props), &renamed)).is_empty());
}
