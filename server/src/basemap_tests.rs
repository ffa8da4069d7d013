use super::*;
use geo::{BoundingRect, Validation};

fn real() -> BaseMap {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/basemap/fujian.geojson");
    BaseMap::load(&path).unwrap()
}

#[test]
fn real_base_map_has_the_nine_cities_and_pingtan() {
    let map = real();
    let names: Vec<_> = map.cities().map(|r| r.name_zh.as_str()).collect();
    assert_eq!(names.len(), 9);
    for name in CITY_NAMES {
        assert!(names.contains(&name), "{name} missing");
    }
    assert!(map.region(PINGTAN).is_some());
    assert!(map
        .regions
        .iter()
        .any(|r| r.kind == RegionKind::Context && r.name_zh == "台湾省"));
}

#[test]
fn city_polygons_are_valid_and_inside_fujian_bounds() {
    for city in real().cities() {
        let problems: Vec<_> = city.shape.0.iter().filter(|p| !p.is_valid()).collect();
        assert!(
            problems.is_empty(),
            "{}: {} invalid polygons",
            city.name_zh,
            problems.len()
        );
        let b = city.shape.bounding_rect().unwrap();
        assert!(
            b.min().x >= 115.0 && b.max().x <= 121.0,
            "{} lon {:?}",
            city.name_zh,
            b
        );
        assert!(
            b.min().y >= 23.0 && b.max().y <= 29.0,
            "{} lat {:?}",
            city.name_zh,
            b
        );
    }
}

#[test]
fn labels_sit_inside_their_city() {
    let map = real();
    for city in map.cities() {
        assert!(
            map.contains(&city.name_zh, city.label),
            "{} label outside",
            city.name_zh
        );
    }
    // Downtown Xiamen is in Xiamen and not in Fuzhou.
    let xiamen = Point::new(118.09, 24.48);
    assert!(map.contains("厦门市", xiamen));
    assert!(!map.contains("福州市", xiamen));
}

fn parse(text: &str) -> Result<BaseMap, BaseMapError> {
    BaseMap::parse(Path::new("fixture.geojson"), text.to_string())
}

#[test]
fn corrupt_json_names_the_file() {
    let err = parse("{\"type\": \"FeatureCollection\", \"features\": [").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("fixture.geojson: not a GeoJSON"),
        "{err}"
    );
}

#[test]
fn swapped_coordinates_are_rejected_with_a_reason() {
    let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":
      {"kind":"city","name_zh":"福州市","label":[119.3,26.1]},"geometry":{"type":"Polygon",
      "coordinates":[[[26.0,119.0],[26.1,119.0],[26.1,119.1],[26.0,119.0]]]}}]}"#;
    let err = parse(text).unwrap_err().to_string();
    assert!(
        err.contains("福州市") && err.contains("outside Fujian"),
        "{err}"
    );
}

#[test]
fn missing_city_is_rejected() {
    let err = parse(r#"{"type":"FeatureCollection","features":[]}"#).unwrap_err();
    assert!(err.to_string().contains("福州市"), "{err}");
}
