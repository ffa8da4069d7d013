use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

use app::model::wire_name;

use super::*;

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
        Data::load(&dir).expect("bundled data loads")
    })
}

fn request(qs: &str) -> RenderRequest {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(qs.as_bytes()).into_owned().collect();
    RenderRequest::from_pairs(&pairs).expect("valid request")
}

/// The `data-sector` of every legend item, in document order.
fn legend_sectors(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("SVG parses");
    doc.descendants()
        .filter(|n| n.attribute("class") == Some("legend-sector"))
        .filter_map(|n| n.attribute("data-sector").map(str::to_owned))
        .collect()
}

/// Every sector of every entity matching `qs` (entities have at most two, and the map
/// draws both: fill and ring, or donut arcs).
fn sectors_of_matches(qs: &str) -> Vec<String> {
    let found = data().search(&request(qs).query).unwrap();
    let set: BTreeSet<_> = found
        .ids
        .iter()
        .flat_map(|&i| data().catalogue.entities[i].props.sectors.iter().copied())
        .collect();
    set.iter().map(wire_name).collect()
}

#[test]
fn legend_has_one_item_per_sector_drawn() {
    for qs in [
        "sector=new_materials",
        "sector=marine,biomedicine&size=1280x720",
        "",
        "kind=park&lang=en",
    ] {
        let svg = render_svg(data(), &request(qs), "2025-01-31").unwrap();
        assert_eq!(legend_sectors(&svg), sectors_of_matches(qs), "{qs}");
    }
}

#[test]
fn legend_can_be_left_out() {
    let svg = render_svg(data(), &request("legend=0"), "2025-01-31").unwrap();
    assert!(legend_sectors(&svg).is_empty());
    assert!(!svg.contains("class=\"legend\""));
}

#[test]
fn title_is_escaped_and_frame_texts_are_present() {
    let svg = render_svg(data(), &request("title=R%26D+<1>"), "2025-01-31").unwrap();
    assert!(svg.contains(">R&amp;D &lt;1&gt;</text>"));
    for text in [source_line(), BASEMAP_ATTRIBUTION, "2025-01-31", "台湾省"] {
        assert!(svg.contains(text), "{text}");
    }
    assert!(roxmltree::Document::parse(&svg).is_ok());
}

#[test]
fn english_names_the_cities_in_english() {
    let svg = render_svg(data(), &request("lang=en"), "2025-01-31").unwrap();
    assert!(svg.contains(">Xiamen</text>") && !svg.contains(">厦门市</text>"));
}

#[test]
fn zoom_decides_between_clusters_and_markers() {
    let province = render_svg(data(), &request(""), "d").unwrap();
    assert!(projection(&request("")).zoom() < CLUSTER_BELOW_ZOOM);
    assert!(province.contains("class=\"cluster\""));
    let city = render_svg(data(), &request("at=118.1,24.5,9"), "d").unwrap();
    assert!(!city.contains("class=\"cluster\""));
    assert!(city.contains("entity-marker"));
}

#[test]
fn same_request_same_bytes() {
    let r = request("sector=new_energy&size=a4-portrait");
    assert_eq!(render_svg(data(), &r, "d"), render_svg(data(), &r, "d"));
}
