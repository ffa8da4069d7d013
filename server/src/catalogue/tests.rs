//! Loader tests: the real catalogue loads; each kind of broken record is refused with
//! file, record and reason.
use std::path::Path;

use serde_json::{json, Value};

use super::{parse, validate, Catalogue, CatalogueError, PlanText};
use crate::basemap::BaseMap;

fn data_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")
}

fn basemap() -> BaseMap {
    BaseMap::load(&data_dir().join(crate::data::BASEMAP_FILE)).unwrap()
}

fn feature() -> Value {
    json!({"type": "Feature", "id": "xiamen-torch", "geometry": {"type": "Point", "coordinates": [118.18, 24.49]},
      "properties": {"name_zh": "厦门火炬高新区", "name_en": "Xiamen Torch", "aliases": [], "kind": "zone",
        "sectors": ["next_gen_it"], "tier": "national", "cities": ["厦门市"], "districts": ["湖里区"],
        "precision": "site", "members": [{"name_zh": "厦门火炬高新区", "role": "", "lon": 118.18, "lat": 24.49,
        "precision": "site", "city": "厦门市", "district": "湖里区"}],
        "refs": [{"section": "专栏1 重点集群（1）", "quote": "推进厦门火炬高新区建设"}], "related": []}})
}

/// Loads `features` as an entities file against a one-line plan; returns the error text.
fn check(features: Vec<Value>) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("entities.geojson");
    let doc = json!({"type": "FeatureCollection", "features": features});
    std::fs::write(&path, doc.to_string()).unwrap();
    let plan = PlanText::new("支持厦门、泉州，推进厦门火炬\n高新区建设".into());
    let run = || -> Result<(), CatalogueError> {
        let entities = parse::features(&path)?;
        validate::entities(&path, &entities, &plan, &basemap())
    };
    run().map_err(|e| e.to_string().replace(&path.display().to_string(), "FILE"))
}

fn with(mutate: impl FnOnce(&mut Value)) -> Vec<Value> {
    let mut f = feature();
    mutate(&mut f);
    vec![f]
}

#[test]
fn the_real_catalogue_loads() {
    let c = Catalogue::load(&data_dir(), &basemap()).unwrap();
    assert!(c.entities.len() > 150, "{} entities", c.entities.len());
    assert_eq!(c.sectors.len(), 9);
    assert_eq!(c.indicators.len(), 12);
    assert!(c.entity("xiamen-torch-hi-tech-zone").is_some());
}

#[test]
fn a_valid_fixture_passes() {
    assert_eq!(check(vec![feature()]), Ok(()));
}

#[test]
fn duplicate_id() {
    let err = check(vec![feature(), feature()]).unwrap_err();
    assert_eq!(err, "FILE: record xiamen-torch: duplicate id");
}

#[test]
fn unknown_enum_value() {
    let err = check(with(|f| f["properties"]["tier"] = json!("global"))).unwrap_err();
    assert!(
        err.starts_with("FILE: record xiamen-torch: unknown variant `global`"),
        "{err}"
    );
}

#[test]
fn point_outside_its_city() {
    let err = check(with(|f| {
        f["geometry"]["coordinates"] = json!([119.30, 26.08]);
        f["properties"]["members"][0]["lon"] = json!(119.30);
        f["properties"]["members"][0]["lat"] = json!(26.08);
    }))
    .unwrap_err();
    assert!(err.contains("km outside 厦门市"), "{err}");
}

#[test]
fn empty_refs() {
    let err = check(with(|f| f["properties"]["refs"] = json!([]))).unwrap_err();
    assert!(err.contains("record xiamen-torch: empty refs"), "{err}");
}

#[test]
fn quote_not_in_the_plan() {
    let err = check(with(|f| {
        f["properties"]["refs"][0]["quote"] = json!("建设厦门火炬高新区")
    }))
    .unwrap_err();
    assert!(err.contains("quote not in the plan text"), "{err}");
}

#[test]
fn swapped_coordinates() {
    let err = check(with(|f| {
        f["geometry"]["coordinates"] = json!([24.49, 118.18]);
        f["properties"]["members"][0]["lon"] = json!(24.49);
        f["properties"]["members"][0]["lat"] = json!(118.18);
    }))
    .unwrap_err();
    assert!(err.contains("lon and lat swapped"), "{err}");
}

#[test]
fn geometry_must_match_members() {
    let err = check(with(|f| {
        f["geometry"]["coordinates"] = json!([118.2, 24.5])
    }))
    .unwrap_err();
    assert!(err.contains("geometry coordinates differ"), "{err}");
}

#[test]
fn unknown_related_id() {
    let err = check(with(|f| f["properties"]["related"] = json!(["nope"]))).unwrap_err();
    assert!(err.contains("related id \"nope\""), "{err}");
}

#[test]
fn document_titles_source_can_name() {
    for bad in ["plan", "厦门,规划", " 厦门市规划"] {
        let err = check(with(|f| {
            f["properties"]["refs"][0]["document"] = json!(bad)
        }));
        assert!(err.is_err_and(|e| e.contains("document title")), "{bad:?}");
    }
    assert!(check(with(
        |f| f["properties"]["refs"][0]["document"] = json!("厦门市规划")
    ))
    .is_ok());
}
