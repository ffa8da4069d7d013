//! The catalogues of the republish bench: the real one, and the real one replicated to
//! 100 000 entities in a data directory of its own, so the start-up loader reads and
//! checks it like the real files; plus one revision as an approval records it.
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use app::model::{ChangeSource, Entity};
use server::curation::diff;
use server::data::{Data, BASEMAP_FILE};
use server::feature_cache::catalogue_geojson;
use server::store::RevisionRow;

/// The files besides the entities, shared by every catalogue.
const SHARED: [&str; 5] = [
    BASEMAP_FILE,
    "sectors.json",
    "indicators.json",
    "excluded.json",
    "plan/plan.txt",
];

/// An entity of the real catalogue whose site a reviewer moves (as in the router tests).
pub const MOVED: &str = "beidou-gaofen-big-data-platform";

pub fn real_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")
}

/// `n` entities: copy 0 is the real catalogue, copy k its entities with `-r{k}` ids and
/// `（k）` added to every name and alias, related ids kept within the copy (dropped where
/// the last, partial copy lacks them). Every copy keeps
/// the real sites, facets and citations, so the loader's checks pass and the plan analysis
/// resolves ~`n / 236 × 315` citations of real sections.
pub fn replicated(real: &[Entity], n: usize) -> Vec<Entity> {
    let mut out: Vec<Entity> = (0..n)
        .map(|i| {
            let (k, e) = (i / real.len(), &real[i % real.len()]);
            let mut e = e.clone();
            if k > 0 {
                let tag = |s: &String| format!("{s}（{k}）");
                e.id = format!("{}-r{k}", e.id);
                e.props.name_zh = tag(&e.props.name_zh);
                e.props.aliases = e.props.aliases.iter().map(tag).collect();
                let related = e.props.related.iter();
                e.props.related = related.map(|r| format!("{r}-r{k}")).collect();
            }
            e
        })
        .collect();
    // The last copy is partial: its related ids may point past the end.
    let ids: HashSet<String> = out.iter().map(|e| e.id.clone()).collect();
    for e in &mut out {
        e.props.related.retain(|r| ids.contains(r));
    }
    out
}

/// A data directory holding `entities` beside the real shared files (removed on drop).
pub fn write_dir(entities: &[Entity]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::create_dir_all(dir.path().join("basemap")).expect("basemap/");
    std::fs::create_dir_all(dir.path().join("plan")).expect("plan/");
    for f in SHARED {
        std::fs::copy(real_dir().join(f), dir.path().join(f)).expect("a data file copies");
    }
    let geojson = catalogue_geojson(entities);
    std::fs::write(dir.path().join("entities.geojson"), geojson).expect("entities written");
    dir
}

/// What approving a move of [`MOVED`]'s site 0.01° east stores: revision 1, as `seq`.
pub fn moved_site(data: &Data, seq: i64) -> RevisionRow {
    let old = &data
        .catalogue
        .entity(MOVED)
        .expect("the moved entity")
        .props;
    let mut new = old.clone();
    new.members[0].lon += 0.01;
    new.chains.clear();
    let source = ChangeSource {
        title: Some("莆田市政府公告".into()),
        url: None,
        local_knowledge: false,
        date: "2026-05-01".into(),
    };
    RevisionRow {
        seq,
        entity_id: MOVED.into(),
        revision: 1,
        props: json(&new),
        diff: json(&diff(Some(old), &new)),
        suggestion_id: None,
        proposed_by: "eve".into(),
        approved_by: "rex".into(),
        reason: "located on site".into(),
        source: json(&source),
        at: 1_780_000_000_000,
    }
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("serialisable")
}
