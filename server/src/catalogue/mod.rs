//! The catalogue: `data/entities.geojson`, `data/sectors.json`, `data/indicators.json`,
//! `data/excluded.json` and the plan text, parsed into typed values and validated at start-up.
mod error;
mod parse;
mod plan_text;
mod validate;

#[cfg(test)]
mod sweep_tests;
#[cfg(test)]
mod tests;

use std::path::Path;
use std::sync::Arc;

use app::model::{Entity, Indicator, SectorInfo};
use serde::Deserialize;

pub use error::CatalogueError;
pub use plan_text::PlanText;
pub use validate::{is_date, is_web_address};

use crate::basemap::BaseMap;

pub const ENTITIES_FILE: &str = "entities.geojson";
pub const SECTORS_FILE: &str = "sectors.json";
pub const INDICATORS_FILE: &str = "indicators.json";
pub const EXCLUDED_FILE: &str = "excluded.json";
pub const PLAN_FILE: &str = "plan/plan.txt";

/// A place-like phrase of the plan deliberately left out of the catalogue, with the reason.
#[derive(Clone, Debug, Deserialize)]
pub struct Exclusion {
    pub phrase: String,
    #[serde(default)]
    pub section: String,
    pub reason: String,
}

#[derive(Debug)]
pub struct Catalogue {
    pub entities: Vec<Entity>,
    pub sectors: Vec<SectorInfo>,
    pub indicators: Vec<Indicator>,
    pub excluded: Vec<Exclusion>,
    /// Shared by every published state built from the same files.
    pub plan: Arc<PlanText>,
}

impl Catalogue {
    /// Loads every catalogue file from `dir`; the first problem found stops loading.
    pub fn load(dir: &Path, basemap: &BaseMap) -> Result<Self, CatalogueError> {
        let plan = Arc::new(PlanText::load(&dir.join(PLAN_FILE))?);
        let entities_path = dir.join(ENTITIES_FILE);
        let entities = parse::features(&entities_path)?;
        validate::entities(&entities_path, &entities, &plan, basemap)?;
        let sectors_path = dir.join(SECTORS_FILE);
        let sectors: Vec<SectorInfo> = parse::records(&sectors_path, "id")?;
        validate::sectors(&sectors_path, &sectors, &plan)?;
        let indicators_path = dir.join(INDICATORS_FILE);
        let indicators: Vec<Indicator> = parse::records(&indicators_path, "no")?;
        validate::indicators(&indicators_path, &indicators, &plan)?;
        let excluded = parse::records(&dir.join(EXCLUDED_FILE), "phrase")?;
        Ok(Catalogue {
            entities,
            sectors,
            indicators,
            excluded,
            plan,
        })
    }

    /// The checks of [`Catalogue::load`] for one entity that is to be published beside
    /// the others (a suggestion's result): the reason it fails, if it does.
    pub fn check(&self, e: &Entity, basemap: &BaseMap) -> Result<(), String> {
        let mut ids: std::collections::HashSet<&str> =
            self.entities.iter().map(|x| x.id.as_str()).collect();
        ids.insert(&e.id);
        validate::entity(e, &self.plan, basemap, &ids)
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.position(id).map(|i| &self.entities[i])
    }

    /// Where entity `id` stands in `entities` (and so in everything built in that order).
    pub fn position(&self, id: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.id == id)
    }
}
