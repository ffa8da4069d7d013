//! The index must agree with a plain linear scan over the same entities.
use std::collections::BTreeSet;

use app::model::{Entity, Kind, Query, Sector, ALL_KINDS, ALL_TIERS, CITIES};
use proptest::prelude::*;
use proptest::sample::subsequence;

use super::fixtures::entity;
use super::{haversine_km, Index, PlanMatch};

fn site() -> impl Strategy<Value = (f64, f64)> {
    (115.8..120.7f64, 23.5..28.4f64)
}

fn random_entity() -> impl Strategy<Value = Entity> {
    let facets = (
        subsequence(Sector::ALL.to_vec(), 1..=3),
        prop::sample::select(ALL_TIERS.to_vec()),
        prop::sample::select(ALL_KINDS.to_vec()),
    );
    let cities = subsequence(CITIES.to_vec(), 1..=2);
    // Few names and ids, so ties in the default order really happen.
    let names = (
        prop::sample::select(vec!["甲园", "乙园", "丙区"]),
        0..1000u32,
    );
    (facets, cities, names, prop::collection::vec(site(), 1..=3)).prop_map(
        |((sectors, tier, kind), cities, (name, id), sites)| {
            let mut e = entity(
                &format!("e{id}"),
                name,
                "Park",
                (&sectors, tier, kind),
                cities[0],
                &sites,
            );
            e.props.cities = cities.iter().map(|c| c.to_string()).collect();
            e
        },
    )
}

fn set<T: Ord + Clone + std::fmt::Debug + 'static>(
    all: Vec<T>,
) -> impl Strategy<Value = BTreeSet<T>> {
    let n = all.len();
    prop_oneof![
        Just(BTreeSet::new()),
        subsequence(all, 1..=n).prop_map(BTreeSet::from_iter)
    ]
}

fn random_query() -> impl Strategy<Value = Query> {
    let bbox = prop::option::of((site(), site())).prop_map(|b| {
        b.map(|((x1, y1), (x2, y2))| [x1.min(x2), y1.min(y2), x1.max(x2), y1.max(y2)])
    });
    let facets = (
        set(Sector::ALL.to_vec()),
        set(ALL_TIERS.to_vec()),
        set(ALL_KINDS.to_vec()),
        set(CITIES.map(String::from).to_vec()),
    );
    let near = prop::option::of((
        site(),
        prop::option::of(1.0..300.0f64),
        prop::option::of(1..10usize),
    ));
    (bbox, facets, near, 0..30usize, 0..30usize).prop_map(
        |(bbox, (sectors, tiers, kinds, cities), near, limit, offset)| Query {
            bbox,
            sectors,
            tiers,
            kinds,
            cities,
            near: near.map(|n| n.0),
            radius_km: near.and_then(|n| n.1),
            k: near.and_then(|n| n.2),
            limit,
            offset,
            ..Query::default()
        },
    )
}

/// The query's filters, one entity at a time.
fn naive_matches(e: &Entity, q: &Query) -> bool {
    let p = &e.props;
    let in_bbox = |b: &[f64; 4]| {
        e.sites()
            .any(|(x, y)| b[0] <= x && x <= b[2] && b[1] <= y && y <= b[3])
    };
    q.bbox.as_ref().is_none_or(in_bbox)
        && (q.sectors.is_empty() || p.sectors.iter().any(|s| q.sectors.contains(s)))
        && (q.tiers.is_empty() || q.tiers.contains(&p.tier))
        && (q.kinds.is_empty() || q.kinds.contains(&p.kind))
        && (q.cities.is_empty() || p.cities.iter().any(|c| q.cities.contains(c)))
        && q.radius_km.is_none_or(|r| distance(e, q) <= r)
}

fn distance(e: &Entity, q: &Query) -> f64 {
    let Some(p) = q.near else { return 0.0 };
    e.sites()
        .map(|s| haversine_km(p, s))
        .fold(f64::INFINITY, f64::min)
}

fn naive_search(entities: &[Entity], q: &Query) -> (Vec<usize>, usize) {
    let mut found: Vec<usize> = (0..entities.len())
        .filter(|&i| naive_matches(&entities[i], q))
        .collect();
    found.sort_by(|&a, &b| {
        let (ea, eb) = (&entities[a], &entities[b]);
        let key = |e: &Entity| (e.props.tier, e.props.name_zh.clone(), e.id.clone());
        distance(ea, q)
            .total_cmp(&distance(eb, q))
            .then(key(ea).cmp(&key(eb)))
    });
    if let Some(k) = q.k {
        found.truncate(k);
    }
    let total = found.len();
    (
        found.into_iter().skip(q.offset).take(q.limit).collect(),
        total,
    )
}

/// Entities matching `q` once the facet picked by `restrict` is set to the one value.
fn naive_count(entities: &[Entity], q: &Query, restrict: impl Fn(&mut Query)) -> usize {
    let mut q = q.clone();
    restrict(&mut q);
    entities.iter().filter(|e| naive_matches(e, &q)).count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn search_equals_linear_scan(
        entities in prop::collection::vec(random_entity(), 0..40),
        q in random_query(),
    ) {
        let index = Index::build(&entities);
        let result = index.search(&q, &PlanMatch::default());
        let (ids, total) = naive_search(&entities, &q);
        prop_assert_eq!(result.ids, ids);
        prop_assert_eq!(result.number_matched, total);
    }

    #[test]
    fn facets_equal_linear_scan(
        entities in prop::collection::vec(random_entity(), 0..40),
        mut q in random_query(),
    ) {
        q.k = None;
        let counts = Index::build(&entities).facets(&q, &PlanMatch::default());
        for s in Sector::ALL {
            let n = naive_count(&entities, &q, |q| q.sectors = BTreeSet::from([s]));
            prop_assert_eq!(counts.sectors[&s], n);
        }
        for t in ALL_TIERS {
            let n = naive_count(&entities, &q, |q: &mut Query| q.tiers = BTreeSet::from([t]));
            prop_assert_eq!(counts.tiers[&t], n);
        }
        for k in ALL_KINDS {
            let n = naive_count(&entities, &q, |q: &mut Query| q.kinds = BTreeSet::<Kind>::from([k]));
            prop_assert_eq!(counts.kinds[&k], n);
        }
        for c in CITIES {
            let n = naive_count(&entities, &q, |q| q.cities = BTreeSet::from([c.to_string()]));
            prop_assert_eq!(counts.cities[c], n);
        }
    }

    #[test]
    fn clusters_hold_every_matching_site_once(
        // Enough sites for several blocks, so both the per-block and per-site paths run.
        entities in prop::collection::vec(random_entity(), 0..300),
        mut q in random_query(),
        zoom in 0u8..16,
    ) {
        q.k = None;
        let view = [116.0, 24.0, 120.0, 28.0];
        let cells = Index::build(&entities).clusters(&q, view, zoom, &PlanMatch::default());
        let inside = |(x, y): (f64, f64)| view[0] <= x && x <= view[2] && view[1] <= y && y <= view[3];
        let expected: usize = entities
            .iter()
            .filter(|e| naive_matches(e, &q))
            .map(|e| e.sites().filter(|s| inside(*s)).count())
            .sum();
        prop_assert_eq!(cells.iter().map(|c| c.count).sum::<usize>(), expected);
        // Each cell: its sites, their sector counts, and its centroid inside it.
        for c in &cells {
            let b = c.bbox;
            let mine = |(x, y): (f64, f64)| b[0] <= x && x < b[2] && b[1] <= y && y < b[3];
            let mut sectors = std::collections::BTreeMap::new();
            let mut count = 0;
            for e in entities.iter().filter(|e| naive_matches(e, &q)) {
                let n = e.sites().filter(|s| inside(*s) && mine(*s)).count();
                count += n;
                for sector in e.props.sectors.iter().filter(|_| n > 0) {
                    *sectors.entry(*sector).or_insert(0) += n;
                }
            }
            prop_assert!(c.count > 0);
            prop_assert_eq!((c.count, &c.sector_counts), (count, &sectors));
            prop_assert!(b[0] - 1e-9 <= c.lon && c.lon <= b[2] + 1e-9);
            prop_assert!(b[1] - 1e-9 <= c.lat && c.lat <= b[3] + 1e-9);
        }
    }
}
