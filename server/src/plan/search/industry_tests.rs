//! Tests of `industry`, beside it.
use super::*;
use crate::plan::testdata;

fn index() -> IndustryIndex {
    IndustryIndex::build(testdata::plan(), testdata::citations())
}

fn sectors_of(id: &str) -> Vec<app::model::Sector> {
    let e = testdata::entities().iter().find(|e| e.id == id);
    e.map(|e| e.sectors.clone()).unwrap_or_default()
}

#[test]
fn words_in_the_passage_not_the_name_find_the_entity() {
    let (idx, plan) = (index(), testdata::plan());
    let hits = idx.search("膜材料", 5);
    let top = &hits[0];
    assert_eq!(top.entity, "fuzhou-new-functional-materials-cluster");
    let ev = &top.evidence[0];
    assert_eq!(
        (ev.section.as_str(), ev.passage.as_str(), ev.role),
        ("box9-g1-r1", "box9-g1-r1.p1", Role::Cited)
    );
    assert!(ev.spans.iter().any(|s| plan.slice(*s) == "膜材料"));
    let vaccine = idx.search("疫苗", 5);
    assert!(
        sectors_of(&vaccine[0].entity).contains(&app::model::Sector::Biomedicine),
        "{}",
        vaccine[0].entity
    );
    let separator = idx.search("锂电池隔膜", 5);
    assert!(separator
        .iter()
        .any(|h| h.entity == "energy-storage-cluster"));
    assert!(idx
        .search("氢", 3)
        .iter()
        .all(|h| sectors_of(&h.entity).contains(&app::model::Sector::NewEnergy)));
}

#[test]
fn ranking_is_ordered_bounded_and_deterministic() {
    let idx = index();
    let a = idx.search("稀土永磁", 10);
    assert!(a.len() <= 10 && !a.is_empty());
    assert!(a.windows(2).all(|w| w[0].score >= w[1].score));
    assert_eq!(
        idx.search("稀土 永磁", 10),
        a,
        "deterministic; whitespace ignored"
    );
    assert!(idx.search("", 5).is_empty() && idx.search("。，", 5).is_empty());
    assert!(idx.search("疫苗", 0).is_empty());
    assert!(idx.search("量子比特计算机", 3).len() <= 3);
}
