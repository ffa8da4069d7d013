//! `industry=` ranking: the BM25 index (`IndustryIndex::search`, top 50 with evidence) on
//! the real plan and on a synthetic corpus 100× larger (fixed seed), each beside a peer
//! measured in the same run: the substring scan a catalogue site does (`LIKE '%q%'` over
//! every cited passage), which finds only exact matches and ranks nothing.
//! Run: `cargo bench -p server --bench industry` (add `-- --quick` for a short pass).
use std::collections::BTreeSet;

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use server::plan::text::normalise;
use server::plan::{synthetic_corpus, Citations, Entity, IndustryIndex, Plan};

const QUERIES: [&str; 4] = ["锂电池隔膜", "膜材料", "稀土永磁", "疫苗"];
const TOP: usize = 50;
const COPIES: usize = 100;
const SEED: u64 = 2021;

fn data(file: &str) -> String {
    let path = format!("{}/../data/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn entities() -> Vec<Entity> {
    let geo: serde_json::Value = serde_json::from_str(&data("entities.geojson")).expect("geojson");
    geo["features"]
        .as_array()
        .expect("features")
        .iter()
        .map(|f| {
            let e: app::model::Entity = serde_json::from_value(f.clone()).expect("entity");
            Entity::from(&e)
        })
        .collect()
}

/// The peer: entities with a cited passage that holds the query verbatim.
fn substring_scan(plan: &Plan, cites: &Citations, query: &str) -> usize {
    let q = normalise(query);
    let found: BTreeSet<&str> = cites
        .resolved
        .iter()
        .filter(|c| plan.passage_text(c.passage).contains(&q))
        .map(|c| c.entity.as_str())
        .collect();
    found.len()
}

fn bench(c: &mut Criterion) {
    let plan = Plan::parse(&data("plan/plan.txt")).expect("the plan parses");
    let entities = entities();
    let cites = Citations::resolve(&plan, &entities);
    let (big_plan, big_cites) =
        synthetic_corpus(&plan, &cites, COPIES, SEED).expect("the synthetic corpus builds");
    let corpora = [
        ("real", &plan, &cites),
        ("synthetic100x", &big_plan, &big_cites),
    ];
    let mut group = c.benchmark_group("industry");
    for (name, plan, cites) in corpora {
        let index = IndustryIndex::build(plan, cites);
        eprintln!(
            "{name}: {} passages, {} chars, {} citations",
            plan.passages.len(),
            plan.char_len(),
            cites.resolved.len()
        );
        group.bench_function(BenchmarkId::new("bm25_index", name), |b| {
            b.iter(|| {
                for q in QUERIES {
                    black_box(index.search(black_box(q), TOP));
                }
            })
        });
        group.bench_function(BenchmarkId::new("peer_substring_scan", name), |b| {
            b.iter(|| {
                for q in QUERIES {
                    black_box(substring_scan(plan, cites, black_box(q)));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
