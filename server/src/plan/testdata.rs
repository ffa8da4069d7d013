//! Test fixtures: the real plan and catalogue, loaded once per test binary.
//! From the repository's `data/`.

use std::sync::OnceLock;

use crate::plan::cite::Citations;
use crate::plan::entity::Entity;
use crate::plan::structure::Plan;

fn data_dir() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../data").to_string()
}

pub(crate) fn plan_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        std::fs::read_to_string(format!("{}/plan/plan.txt", data_dir())).expect("plan.txt")
    })
}

pub(crate) fn plan() -> &'static Plan {
    static PLAN: OnceLock<Plan> = OnceLock::new();
    PLAN.get_or_init(|| Plan::parse(plan_text()).expect("plan parses"))
}

/// Entities from the GeoJSON: the feature `id` plus its `properties`.
pub(crate) fn entities() -> &'static [Entity] {
    static ENTITIES: OnceLock<Vec<Entity>> = OnceLock::new();
    ENTITIES.get_or_init(|| {
        let path = format!("{}/entities.geojson", data_dir());
        let raw = std::fs::read_to_string(path).expect("entities.geojson");
        let geo: serde_json::Value = serde_json::from_str(&raw).expect("geojson");
        let features = geo["features"].as_array().expect("features");
        features
            .iter()
            .map(|f| {
                let e: app::model::Entity = serde_json::from_value(f.clone()).expect("entity");
                Entity::from(&e)
            })
            .collect()
    })
}

pub(crate) fn citations() -> &'static Citations {
    static CITES: OnceLock<Citations> = OnceLock::new();
    CITES.get_or_init(|| Citations::resolve(plan(), entities()))
}
