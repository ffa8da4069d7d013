//! Search-engine benchmarks on synthetic catalogues of 1k, 100k and 1M entities, each
//! operation beside a linear scan of the same entities.
//! Run: `cargo bench -p server --bench index` (add `-- --quick` for a short pass).
use std::collections::HashMap;
use std::time::Duration;

use app::model::{Entity, Query, Sector, Tier};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use server::index::{haversine_km, Index, PlanMatch};

// In a subfolder so that Cargo does not take it for a bench target of its own.
#[path = "index/synth.rs"]
mod synth;

use synth::generate;

fn filtered(e: &Entity, q: &Query) -> bool {
    let p = &e.props;
    let inside = |b: &[f64; 4]| {
        e.sites()
            .any(|(x, y)| b[0] <= x && x <= b[2] && b[1] <= y && y <= b[3])
    };
    q.bbox.as_ref().is_none_or(inside)
        && (q.sectors.is_empty() || p.sectors.iter().any(|s| q.sectors.contains(s)))
        && (q.tiers.is_empty() || q.tiers.contains(&p.tier))
}

fn linear_search(entities: &[Entity], q: &Query) -> usize {
    entities.iter().filter(|e| filtered(e, q)).count()
}

fn linear_nearest(entities: &[Entity], p: (f64, f64), k: usize) -> Vec<(f64, usize)> {
    let mut d: Vec<(f64, usize)> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            (
                e.sites()
                    .map(|s| haversine_km(p, s))
                    .fold(f64::INFINITY, f64::min),
                i,
            )
        })
        .collect();
    let k = k.min(d.len());
    d.select_nth_unstable_by(k.saturating_sub(1), |a, b| a.0.total_cmp(&b.0));
    d.truncate(k);
    d
}

fn linear_facets(entities: &[Entity], q: &Query) -> [usize; 9] {
    let mut counts = [0; 9];
    let mut no_sector = q.clone();
    no_sector.sectors.clear();
    for e in entities.iter().filter(|e| filtered(e, &no_sector)) {
        for s in &e.props.sectors {
            counts[*s as usize] += 1;
        }
    }
    counts
}

fn linear_clusters(entities: &[Entity], q: &Query, view: [f64; 4], zoom: u8) -> usize {
    let size = 360.0 * 60.0 / (256.0 * 2f64.powi(i32::from(zoom)));
    let mut cells: HashMap<(i64, i64), usize> = HashMap::new();
    for e in entities.iter().filter(|e| filtered(e, q)) {
        for (x, y) in e
            .sites()
            .filter(|&(x, y)| view[0] <= x && x <= view[2] && view[1] <= y && y <= view[3])
        {
            *cells
                .entry((((x + 180.0) / size) as i64, ((y + 90.0) / size) as i64))
                .or_default() += 1;
        }
    }
    cells.len()
}

/// A box around Xiamen sized so the filtered search gives about 100 entities.
fn hundred_box(entities: &[Entity], base: &Query) -> Query {
    let mut q = base.clone();
    let (lon, lat) = (118.05, 24.55);
    let (mut lo, mut hi) = (0.0005f64, 3.0f64);
    for _ in 0..40 {
        let half = (lo * hi).sqrt();
        q.bbox = Some([lon - half, lat - half, lon + half, lat + half]);
        match linear_search(entities, &q) {
            n if n < 90 => lo = half,
            n if n > 110 => hi = half,
            _ => break,
        }
    }
    q
}

/// A 1280×800-pixel map view centred on Xiamen.
fn viewport(zoom: u8) -> [f64; 4] {
    let deg_per_px = 360.0 / (256.0 * 2f64.powi(i32::from(zoom)));
    let (w, h) = (640.0 * deg_per_px, 400.0 * deg_per_px);
    [118.08 - w, 24.48 - h, 118.08 + w, 24.48 + h]
}

fn benches(c: &mut Criterion) {
    for n in [1_000, 100_000, 1_000_000] {
        let entities = generate(n);
        let index = Index::build(&entities);
        let mut base = Query::default();
        base.sectors.insert(Sector::NextGenIt);
        base.tiers.insert(Tier::Provincial);
        let q = hundred_box(&entities, &base);
        println!(
            "n={n}: bbox query matches {} entities",
            index.search(&q, &PlanMatch::default()).number_matched
        );

        let mut g = c.benchmark_group(format!("n={n}"));
        g.sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
        g.bench_function("bbox+sector+tier/index", |b| {
            b.iter(|| index.search(black_box(&q), &PlanMatch::default()))
        });
        g.bench_function("bbox+sector+tier/linear", |b| {
            b.iter(|| linear_search(&entities, black_box(&q)))
        });
        let knn = Query {
            near: Some((118.10, 24.50)),
            k: Some(10),
            ..Query::default()
        };
        g.bench_function("knn10/index", |b| {
            b.iter(|| index.search(black_box(&knn), &PlanMatch::default()))
        });
        g.bench_function("knn10/linear", |b| {
            b.iter(|| linear_nearest(&entities, (118.10, 24.50), 10))
        });
        g.bench_function("facets/index", |b| {
            b.iter(|| index.facets(black_box(&q), &PlanMatch::default()))
        });
        g.bench_function("facets/linear", |b| {
            b.iter(|| linear_facets(&entities, black_box(&q)))
        });
        let mut sector = Query::default();
        sector.sectors.insert(Sector::NextGenIt);
        for zoom in [6u8, 9, 12] {
            let view = viewport(zoom);
            let cells = index
                .clusters(&sector, view, zoom, &PlanMatch::default())
                .len();
            println!("n={n}: zoom {zoom} view has {cells} cells");
            g.bench_with_input(BenchmarkId::new("clusters/index", zoom), &zoom, |b, &z| {
                b.iter(|| index.clusters(black_box(&sector), view, z, &PlanMatch::default()))
            });
            g.bench_with_input(BenchmarkId::new("clusters/linear", zoom), &zoom, |b, &z| {
                b.iter(|| linear_clusters(&entities, black_box(&sector), view, z))
            });
        }
        g.finish();
    }
}

criterion_group!(index_benches, benches);
criterion_main!(index_benches);
