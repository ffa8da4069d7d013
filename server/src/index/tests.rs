use app::model::{Entity, Kind, Query, Sector, Tier};

use super::fixtures::sample;
use super::{Index, PlanMatch};

use Kind::{Base, Park};
use Sector::{Marine, NewEnergy, NextGenIt};
use Tier::{City, Provincial};

fn ids(index_of: &[Entity], q: &Query) -> Vec<String> {
    let index = Index::build(index_of);
    let found = index
        .search(q, &PlanMatch::default())
        .ids
        .iter()
        .map(|&i| index_of[i].id.clone())
        .collect();
    found
}

fn query(pairs: &[(&str, &str)]) -> Query {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Query::from_pairs(&pairs).expect("valid test query")
}

#[test]
fn default_order_is_tier_then_name_then_id() {
    let all = ids(&sample(), &Query::default());
    // name_zh compares by code point: 宁 (U+5B81) before 火 (U+706B).
    assert_eq!(all, ["e1", "e2", "e3", "e4", "e5", "e6"]);
}

#[test]
fn bbox_matches_an_entity_by_any_site_once() {
    let xiamen = query(&[("bbox", "117.9,24.3,118.3,24.7")]);
    assert_eq!(ids(&sample(), &xiamen), ["e1", "e2", "e4"]);
}

#[test]
fn facets_are_or_within_and_across() {
    let q = query(&[("sector", "next_gen_it,marine"), ("tier", "city")]);
    assert_eq!(ids(&sample(), &q), ["e5", "e6"]);
    let q = query(&[("city", "厦门市"), ("kind", "park,base")]);
    assert_eq!(ids(&sample(), &q), ["e2", "e4"]);
}

#[test]
fn paging_keeps_the_total() {
    let index = Index::build(&sample());
    let result = index.search(
        &query(&[("limit", "2"), ("offset", "3")]),
        &PlanMatch::default(),
    );
    assert_eq!(result.ids, [3, 4]);
    assert_eq!(result.number_matched, 6);
}

#[test]
fn chinese_text_matches_names_aliases_and_members() {
    assert_eq!(ids(&sample(), &query(&[("q", "厦门火炬")])), ["e1"]);
    assert_eq!(ids(&sample(), &query(&[("q", "火炬园")])), ["e1"]);
    assert_eq!(ids(&sample(), &query(&[("q", "基地1号园")])), ["e4"]);
}

#[test]
fn text_ranks_exact_then_prefix_then_substring() {
    // 火炬 is e6's whole name, and inside e1's; e1's alias 火炬园 starts with it.
    assert_eq!(ids(&sample(), &query(&[("q", "火炬")])), ["e6", "e1"]);
    assert_eq!(
        ids(&sample(), &query(&[("q", "园")])),
        ["e1", "e3", "e4", "e5"]
    );
}

#[test]
fn pinyin_full_and_initials_match() {
    assert_eq!(ids(&sample(), &query(&[("q", "xiamenhuoju")])), ["e1"]);
    assert_eq!(ids(&sample(), &query(&[("q", "xmhj")])), ["e1"]);
    assert_eq!(ids(&sample(), &query(&[("q", "Xiamen Huoju")])), ["e1"]);
    assert_eq!(ids(&sample(), &query(&[("q", "fzrjy")])), ["e3"]);
}

#[test]
fn english_words_match_case_insensitively_after_pinyin() {
    // "torch" is e6's whole English name; e1 only has it as a word.
    assert_eq!(ids(&sample(), &query(&[("q", "TORCH")])), ["e6", "e1"]);
    // Pinyin prefix (huoju…) of e6 beats English substring matches.
    assert_eq!(ids(&sample(), &query(&[("q", "software park")])), ["e3"]);
}

#[test]
fn near_with_radius_orders_by_distance() {
    let q = query(&[("near", "119.55,26.66"), ("radius_km", "10")]);
    assert_eq!(ids(&sample(), &q), ["e4", "e5"]);
}

#[test]
fn near_with_k_gives_nearest_distinct_entities() {
    // e4's Xiamen site is nearest to this point; it must count once.
    let q = query(&[("near", "118.11,24.50"), ("k", "3")]);
    assert_eq!(ids(&sample(), &q), ["e4", "e1", "e2"]);
    let q = query(&[
        ("near", "118.11,24.50"),
        ("k", "3"),
        ("sector", "next_gen_it"),
    ]);
    assert_eq!(ids(&sample(), &q), ["e1", "e6", "e3"]);
}

#[test]
fn facet_counts_apply_the_other_facets() {
    let index = Index::build(&sample());
    let counts = index.facets(
        &query(&[("sector", "next_gen_it"), ("city", "福州市")]),
        &PlanMatch::default(),
    );
    // Sectors counted with only the city applied: e3, e6 (next_gen_it).
    assert_eq!(counts.sectors[&NextGenIt], 2);
    assert_eq!(counts.sectors[&Marine], 0);
    // Cities counted with only the sector applied: e1 in Xiamen, e3 and e6 in Fuzhou.
    assert_eq!(counts.cities["厦门市"], 1);
    assert_eq!(counts.cities["福州市"], 2);
    assert_eq!(counts.tiers[&Provincial], 1);
    assert_eq!(counts.kinds[&Park], 2);
}

#[test]
fn city_profile_counts_entities_of_the_city() {
    let profile = Index::build(&sample()).city_profile("宁德市");
    assert_eq!(profile.total, 2);
    assert_eq!(profile.entity_ids, ["e4", "e5"]);
    assert_eq!(profile.by_sector[&NewEnergy], 2);
    assert_eq!(profile.by_tier[&City], 1);
    assert_eq!(profile.by_kind[&Base], 1);
    assert_eq!(Index::build(&sample()).city_profile("台北市").total, 0);
}

#[test]
fn clusters_count_sites_per_cell() {
    let index = Index::build(&sample());
    let fujian = [115.0, 23.0, 121.0, 29.0];
    let cells = index.clusters(&Query::default(), fujian, 6, &PlanMatch::default());
    assert_eq!(cells.iter().map(|c| c.count).sum::<usize>(), 7);
    for c in &cells {
        assert!(
            c.bbox[0] <= c.lon && c.lon <= c.bbox[2] && c.bbox[1] <= c.lat && c.lat <= c.bbox[3]
        );
        assert_eq!(c.entity_id.is_some(), c.count == 1);
    }
    // At zoom 6 a cell is 1.3°: Ningde and Fuzhou share one.
    let ningde = cells
        .iter()
        .find(|c| c.bbox[0] < 119.6 && 119.6 < c.bbox[2] && c.bbox[1] < 26.7 && 26.7 < c.bbox[3]);
    let ningde = ningde.expect("a cell over Ningde");
    assert_eq!(
        (
            ningde.count,
            ningde.sector_counts[&NewEnergy],
            ningde.sector_counts[&Marine]
        ),
        (4, 2, 1)
    );
    let marine = index.clusters(
        &query(&[("sector", "marine")]),
        fujian,
        12,
        &PlanMatch::default(),
    );
    assert_eq!(marine.len(), 1);
    assert_eq!(marine[0].entity_id.as_deref(), Some("e5"));
    assert_eq!((marine[0].lon, marine[0].lat), (119.60, 26.70));
    let text = index.clusters(&query(&[("q", "火炬")]), fujian, 12, &PlanMatch::default());
    assert_eq!(text.len(), 2);
}

#[test]
fn haversine_fuzhou_to_xiamen() {
    let d = super::haversine_km((119.30, 26.08), (118.09, 24.48));
    assert!((d - 212.0).abs() < 5.0, "{d}");
}

#[test]
fn sources_match_any_cited_document_and_count_each_entity_once() {
    let cite = |d: Option<&str>| app::model::PlanRef {
        document: d.map(String::from),
        section: "一".into(),
        quote: "园".into(),
    };
    let mut entities = sample();
    for e in &mut entities {
        e.props.refs = match e.id.as_str() {
            "e1" => vec![cite(Some("厦门市规划"))],
            "e2" => vec![cite(None), cite(Some("厦门市规划")), cite(None)],
            _ => vec![cite(None)],
        };
    }
    let found = |source: &str| ids(&entities, &query(&[("source", source)]));
    assert_eq!(found("厦门市规划"), ["e1", "e2"]);
    assert_eq!(found("plan"), ["e2", "e3", "e4", "e5", "e6"]);
    assert_eq!(found("plan,厦门市规划").len(), 6);
    assert!(found("别的规划").is_empty());
    let index = Index::build(&entities);
    let counts = index.facets(&query(&[("source", "厦门市规划")]), &PlanMatch::default());
    let sources: Vec<(&str, usize)> = counts
        .sources
        .iter()
        .map(|(k, v)| (k.as_str(), *v))
        .collect();
    assert_eq!(sources, [("plan", 5), ("厦门市规划", 2)]);
    assert_eq!(counts.tiers.values().sum::<usize>(), 2);
}
