//! Approval → visible (issue 14): what publishing one approved revision costs on the same
//! replica, on the real catalogue (236 entities) and on 100 000 (the real one replicated,
//! `republish/catalogue.rs`), each beside the start-up load of the same catalogue measured
//! in the same run. Before timing, each size's republish is split into its phases once.
//! Run: `cargo bench -p server --bench republish` (add `-- --quick` for a short pass).
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use server::basemap::BaseMap;
use server::catalogue::Catalogue;
use server::compressed::Compressed;
use server::curation::overlay;
use server::data::{Data, BASEMAP_FILE};
use server::feature_cache::FeatureCache;
use server::index::Index;
use server::plan::{self, Citations, EntityChains, IndustryIndex, Mentions, Plan, PlanAnalysis};

// In a subfolder so that Cargo does not take them for bench targets of their own.
#[path = "republish/catalogue.rs"]
mod catalogue;
#[path = "republish/round_trip.rs"]
mod round_trip;

use catalogue::{moved_site, real_dir, replicated, write_dir};
use round_trip::Desk;

const BIG: usize = 100_000;

/// The median of three runs of `f`, in milliseconds.
fn ms<T>(mut f: impl FnMut() -> T) -> f64 {
    let mut runs: Vec<f64> = (0..3)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    runs[1]
}

/// Where a republish of `data`'s entities goes, phase by phase (printed, not asserted).
fn phases(data: &Data) {
    let entities = &data.catalogue.entities;
    let rev = [moved_site(data, 1)];
    let text = &data.catalogue.plan.raw;
    let plan = Plan::parse(text).expect("the plan parses");
    let view: Vec<plan::Entity> = entities.iter().map(plan::Entity::from).collect();
    let cites = Citations::resolve(&plan, &view);
    let rows = [
        ("overlay of one revision", ms(|| overlay(entities, &rev))),
        ("plan: parse the text", ms(|| Plan::parse(text))),
        (
            "plan: resolve citations",
            ms(|| Citations::resolve(&plan, &view)),
        ),
        ("plan: find mentions", ms(|| Mentions::find(&plan, &view))),
        (
            "plan: sub-industries",
            ms(|| EntityChains::derive(&plan, &cites)),
        ),
        (
            "plan: industry index",
            ms(|| IndustryIndex::build(&plan, &cites)),
        ),
        (
            "plan analysis, whole",
            ms(|| PlanAnalysis::build(text, entities)),
        ),
        ("search index", ms(|| Index::build(entities))),
        ("GeoJSON features", ms(|| FeatureCache::new(entities))),
        (
            "republish, whole",
            ms(|| data.republish(entities.clone(), 1)),
        ),
    ];
    eprintln!(
        "\nphases at {} entities ({} citations):",
        entities.len(),
        cites.resolved.len()
    );
    for (name, t) in rows {
        eprintln!("  {name:<26} {t:>10.2} ms");
    }
}

/// Where the start-up load of `dir` goes, beside the republish it shares (printed).
fn startup_phases(dir: &Path) {
    let basemap = BaseMap::load(&dir.join(BASEMAP_FILE)).expect("the base map loads");
    let bytes = basemap.geojson.clone().into_bytes();
    let rows = [
        (
            "base map: read, check",
            ms(|| BaseMap::load(&dir.join(BASEMAP_FILE))),
        ),
        (
            "base map: compress once",
            ms(|| Compressed::new(bytes.clone(), "application/geo+json")),
        ),
        (
            "catalogue: read, check",
            ms(|| Catalogue::load(dir, &basemap)),
        ),
    ];
    eprintln!("start-up load of {}:", dir.display());
    for (name, t) in rows {
        eprintln!("  {name:<26} {t:>10.2} ms");
    }
}

/// Overlay of one revision and the republish: all an approval's publish computes.
fn publish(data: &Data) -> Data {
    let rev = [moved_site(data, 1)];
    let entities = overlay(&data.catalogue.entities, &rev).expect("the overlay");
    data.republish(entities, 1).expect("the republish")
}

fn bench(c: &mut Criterion) {
    let real = Arc::new(Data::load(&real_dir()).expect("the bundled data loads"));
    let big_dir = write_dir(&replicated(&real.catalogue.entities, BIG));
    let big = Arc::new(Data::load(big_dir.path()).expect("the replicated data loads"));
    assert_eq!(big.catalogue.entities.len(), BIG);
    for (name, data, dir, samples, secs) in [
        ("236", &real, real_dir(), 20, 5),
        ("100k", &big, big_dir.path().to_owned(), 10, 20),
    ] {
        phases(data);
        startup_phases(&dir);
        let mut g = c.benchmark_group(format!("republish/{name}"));
        g.sample_size(samples)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(secs));
        g.bench_function("start-up load", |b| {
            b.iter(|| Data::load(&dir).expect("loads"))
        });
        g.bench_function("overlay + republish", |b| b.iter(|| publish(data)));
        let mut desk = Desk::new(data.clone());
        g.bench_function("approve round trip (SQLite)", |b| {
            b.iter_custom(|iters| (0..iters).map(|_| desk.approve_timed()).sum())
        });
        g.finish();
    }
}

criterion_group!(republish_benches, bench);
criterion_main!(republish_benches);
