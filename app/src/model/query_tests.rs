//! Tests of [`super::Query`]'s parser, with property tests of its round trip.
use std::collections::BTreeSet;

use super::*;
use crate::model::{ALL_KINDS, ALL_TIERS, CITIES};
use proptest::prelude::*;
use proptest::sample::subsequence;

fn parse(pairs: &[(&str, &str)]) -> Result<Query, ParamError> {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Query::from_pairs(&pairs)
}

fn rejected(pairs: &[(&str, &str)]) -> ParamError {
    match parse(pairs) {
        Err(e) => e,
        Ok(q) => panic!("{pairs:?} was accepted as {q:?}"),
    }
}

#[test]
fn wire_names_are_what_serde_writes() {
    let json = |v: serde_json::Value| v.as_str().map(str::to_owned);
    for s in Sector::ALL {
        assert_eq!(json(serde_json::json!(s)), Some(wire_name(&s)));
    }
    for t in ALL_TIERS {
        assert_eq!(json(serde_json::json!(t)), Some(wire_name(&t)));
    }
    for k in ALL_KINDS {
        assert_eq!(json(serde_json::json!(k)), Some(wire_name(&k)));
    }
}

#[test]
fn empty_query_is_the_default() {
    let q = parse(&[]).expect("empty");
    assert_eq!(q, Query::default());
    assert_eq!(q.limit, 100);
    assert!(q.to_pairs().is_empty());
}

#[test]
fn facets_are_repeatable_and_comma_separated() {
    let q = parse(&[
        ("sector", "marine,new_energy"),
        ("sector", "marine"),
        ("tier", "none"),
        ("city", "厦门市"),
    ])
    .expect("valid");
    assert_eq!(
        q.sectors,
        BTreeSet::from([Sector::Marine, Sector::NewEnergy])
    );
    assert_eq!(q.tiers, BTreeSet::from([Tier::None]));
    assert_eq!(q.cities, BTreeSet::from(["厦门市".to_string()]));
}

#[test]
fn unknown_values_name_the_allowed_ones() {
    let e = rejected(&[("sector", "marine,space")]);
    assert_eq!(e.param, "sector");
    assert!(
        e.message.contains("\"space\"") && e.message.contains("next_gen_it"),
        "{e}"
    );
    let e = rejected(&[("city", "台北市")]);
    assert!(e.message.contains("平潭综合实验区"), "{e}");
    assert_eq!(rejected(&[("tier", "")]).param, "tier");
}

#[test]
fn bbox_is_checked_with_hints() {
    let q = parse(&[("bbox", "117.9, 24.3,118.3,24.7")]).expect("valid");
    assert_eq!(q.bbox, Some([117.9, 24.3, 118.3, 24.7]));
    let e = rejected(&[("bbox", "24.3,117.9,24.7,118.3")]);
    assert!(e.message.contains("swapped"), "{e}");
    let e = rejected(&[("bbox", "118.3,24.3,117.9,24.7")]);
    assert!(e.message.contains("min"), "{e}");
    for bad in [
        "1,2,3",
        "1,2,3,4,5",
        "a,2,3,4",
        "NaN,2,3,4",
        "inf,2,3,4",
        "-181,0,0,0",
    ] {
        assert_eq!(rejected(&[("bbox", bad)]).param, "bbox", "{bad}");
    }
}

#[test]
fn near_radius_and_k() {
    let q = parse(&[("near", "118.1,24.5"), ("radius_km", "25.5"), ("k", "10")]).expect("valid");
    assert_eq!(
        (q.near, q.radius_km, q.k),
        (Some((118.1, 24.5)), Some(25.5), Some(10))
    );
    assert_eq!(rejected(&[("radius_km", "5")]).param, "radius_km");
    assert_eq!(rejected(&[("k", "5")]).param, "k");
    for (param, bad) in [
        ("radius_km", "0"),
        ("radius_km", "1001"),
        ("k", "0"),
        ("k", "1001"),
        ("k", "2.5"),
    ] {
        assert_eq!(
            rejected(&[("near", "118,24"), (param, bad)]).param,
            param,
            "{bad}"
        );
    }
    assert!(rejected(&[("near", "24.5,118.1")])
        .message
        .contains("swapped"));
}

#[test]
fn limit_is_clamped_offset_is_strict() {
    assert_eq!(parse(&[("limit", "5000")]).map(|q| q.limit), Ok(1000));
    assert_eq!(
        parse(&[("limit", "99999999999999999999999")]).map(|q| q.limit),
        Ok(1000)
    );
    assert_eq!(parse(&[("limit", "0")]).map(|q| q.limit), Ok(0));
    for bad in ["-1", "ten", "", "1e3", "+5"] {
        assert_eq!(rejected(&[("limit", bad)]).param, "limit", "{bad}");
        assert_eq!(rejected(&[("offset", bad)]).param, "offset", "{bad}");
    }
}

#[test]
fn q_is_trimmed_and_bounded() {
    assert_eq!(
        parse(&[("q", "  厦门 ")]).map(|q| q.q),
        Ok(Some("厦门".into()))
    );
    assert_eq!(parse(&[("q", "   ")]).map(|q| q.q), Ok(None));
    assert!(parse(&[("q", &"园".repeat(100))]).is_ok());
    assert_eq!(rejected(&[("q", &"园".repeat(101))]).param, "q");
}

#[test]
fn chains_sections_and_industry_are_checked() {
    let q = parse(&[
        ("chain", "new_energy.solar_pv,new_energy.energy_storage"),
        ("chain", "new_energy.solar_pv"),
        ("section", "box9"),
        ("industry", " 锂电池隔膜 "),
    ])
    .expect("valid");
    assert_eq!(q.chains.len(), 2);
    assert_eq!(
        (q.section.as_deref(), q.industry.as_deref()),
        (Some("box9"), Some("锂电池隔膜"))
    );
    assert_eq!(rejected(&[("chain", "new_energy.coal")]).param, "chain");
    assert_eq!(rejected(&[("section", "第三章")]).param, "section");
    assert_eq!(
        rejected(&[("section", "box9"), ("section", "box8")]).param,
        "section"
    );
    assert_eq!(
        rejected(&[("industry", &"膜".repeat(101))]).param,
        "industry"
    );
}

#[test]
fn sources_are_plan_or_titles_and_never_empty() {
    let q = parse(&[("source", "plan,莆田市“十四五”规划"), ("source", " plan ")]).expect("valid");
    assert_eq!(
        q.sources.iter().collect::<Vec<_>>(),
        ["plan", "莆田市“十四五”规划"]
    );
    assert_eq!(Query::from_pairs(&q.to_pairs()), Ok(q));
    for bad in ["", " ", "plan,"] {
        assert_eq!(rejected(&[("source", bad)]).param, "source", "{bad:?}");
    }
}

#[test]
fn unknown_and_repeated_parameters_are_rejected() {
    let e = rejected(&[("sectors", "marine")]);
    assert!(e.message.contains("unknown parameter"), "{e}");
    assert_eq!(e.to_string(), format!("sectors: {}", e.message));
    assert_eq!(rejected(&[("q", "a"), ("q", "b")]).param, "q");
}

prop_compose! {
    fn valid_query()(
        bbox in prop::option::of((-180.0..=180.0f64, -90.0..=90.0f64, -180.0..=180.0f64, -90.0..=90.0f64)),
        sectors in subsequence(Sector::ALL.to_vec(), 0..=9),
        tiers in subsequence(ALL_TIERS.to_vec(), 0..=4),
        kinds in subsequence(ALL_KINDS.to_vec(), 0..=9),
        cities in subsequence(CITIES.to_vec(), 0..=10),
        chains in subsequence(crate::model::CHAINS.iter().map(|c| c.id).collect::<Vec<_>>(), 0..=3),
        section in prop::option::of("[a-z0-9-]{1,40}"),
        sources in prop::collection::btree_set("plan|[莆田市规划“”a-z]([莆田市“” a-z]{0,8}[规划])?", 0..=3),
        industry in prop::option::of("[膜材料稀土 a-z]{0,10}[膜材料]"),
        q in prop::option::of("[a-z厦门火炬 ]{0,20}[a-z厦门]"),
        near in prop::option::of((-180.0..=180.0f64, -90.0..=90.0f64, prop::option::of(0.001..=1000.0f64), prop::option::of(1..=1000usize))),
        limit in 0..=1000usize,
        offset in any::<usize>(),
    ) -> Query {
        Query {
            bbox: bbox.map(|(a, b, c, d)| [a.min(c), b.min(d), a.max(c), b.max(d)]),
            sectors: sectors.into_iter().collect(),
            tiers: tiers.into_iter().collect(),
            kinds: kinds.into_iter().collect(),
            cities: cities.into_iter().map(String::from).collect(),
            chains: chains.into_iter().map(String::from).collect(),
            section,
            sources,
            industry: industry.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()),
            q: q.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()),
            near: near.map(|n| (n.0, n.1)),
            radius_km: near.and_then(|n| n.2),
            k: near.and_then(|n| n.3),
            limit,
            offset,
        }
    }
}

proptest! {
    #[test]
    fn pairs_round_trip(q in valid_query()) {
        prop_assert_eq!(Query::from_pairs(&q.to_pairs()), Ok(q));
    }

    #[test]
    fn never_panics_on_arbitrary_input(pairs in prop::collection::vec((
        prop_oneof![Just("bbox".to_string()), Just("near".to_string()), Just("limit".to_string()), Just("sector".to_string()), any::<String>()],
        any::<String>(),
    ), 0..6)) {
        let _ = Query::from_pairs(&pairs);
    }
}
