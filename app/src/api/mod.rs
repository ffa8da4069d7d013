//! Server functions: thin wrappers over the [`Atlas`] trait, which the server implements
//! with its index and provides through context (to page rendering and server-fn calls alike).
mod get_city_profile;
mod get_detail;
mod get_indicators;
mod get_plan;
mod get_sectors;
mod json_text;
mod search_entities;

use serde::{Deserialize, Serialize};

use crate::model::params::{parse_int_in, query_pairs, ParamError};
use std::collections::BTreeMap;

pub use crate::model::EntityDetail;
use crate::model::{ClustersAnswer, Entity, Evidence, FacetCounts, Query};
pub use get_city_profile::{get_city_profile, GetCityProfile};
pub use get_detail::{get_detail, GetDetail};
pub use get_indicators::{get_indicators, GetIndicators};
pub use get_plan::{get_plan_text, get_plan_toc, search_plan, GetPlanText, GetPlanToc, SearchPlan};
pub use get_sectors::{get_sectors, GetSectors};
pub use json_text::JsonText;
pub use search_entities::{search_entities, SearchEntities};

/// What the map, list and filters show for the filters and the map's view: the browser
/// holds only the entities in view, plus the counts and best matches province-wide.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchPage {
    /// Entities matching the filters anywhere.
    pub number_matched: usize,
    /// Those of them with a site inside the query's `bbox` (all of them without one), as
    /// [`Entity::listing`]s.
    pub entities: Vec<Entity>,
    /// The best matches anywhere (text rank first), for the search suggestions.
    pub top: Vec<EntityName>,
    /// Counts for each facet value, the other filters applied, province-wide.
    pub facets: FacetCounts,
    /// The view's clusters when it is clustered (asked with `zoom=`, or the first view):
    /// the map draws them at once instead of asking for them after hydration.
    pub clusters: Option<ClustersAnswer>,
    /// For an `industry=` search, why each entity in view matched.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence: BTreeMap<String, Vec<Evidence>>,
}

/// What `search_entities` reads from its query string: the filters (with the view's
/// `bbox`) and, for a clustered view, the grid `zoom` of its clusters.
pub fn parse_search(query: &str) -> Result<(Query, Option<u8>), ParamError> {
    let mut pairs = query_pairs(query);
    let zooms: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "zoom")
        .map(|(_, v)| v.clone())
        .collect();
    pairs.retain(|(k, _)| k != "zoom");
    let zoom = match zooms.as_slice() {
        [] => None,
        [z] => Some(parse_int_in("zoom", z, 0..=20)? as u8),
        _ => return Err(ParamError::new("zoom", "given more than once")),
    };
    Ok((Query::from_pairs(&pairs)?, zoom))
}

/// How many best matches [`SearchPage::top`] holds.
pub const TOP_MATCHES: usize = 8;

/// Enough of an entity to name it in a suggestion.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityName {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub cities: Vec<String>,
}

/// What the UI asks of the server; implemented in `server/` over the R-tree index.
#[cfg(feature = "ssr")]
pub trait Atlas: Send + Sync {
    /// Entities in the query's `bbox`; counts, facets and `top` ignore the `bbox`. With a
    /// `zoom` (or no `bbox`: the first view), also the clusters of the view at that zoom.
    fn search(&self, query: &Query, zoom: Option<u8>) -> Result<SearchPage, ParamError>;
    fn detail(&self, id: &str) -> Option<EntityDetail>;
    fn sectors(&self) -> Vec<crate::model::SectorInfo>;
    /// The plan's table of contents.
    fn plan_toc(&self) -> Vec<crate::model::PlanNode>;
    /// What the reader shows for a node or passage id: the 节 or 专栏 around it, with its
    /// passages and mentions; `None` for an unknown id.
    fn plan_section(&self, id: &str) -> Option<crate::model::PlanSection>;
    /// Passages where `q` stands.
    fn plan_search(&self, q: &str) -> Vec<crate::model::PlanTextHit>;
    fn indicators(&self) -> Vec<crate::model::Indicator>;
    /// A city by its official or short name; any other name is a [`ParamError`] for `city`.
    fn city_profile(
        &self,
        city: &str,
    ) -> Result<crate::model::CityProfile, crate::model::ParamError>;
}

/// How the server hands its [`Atlas`] to Leptos (`provide_context`).
#[cfg(feature = "ssr")]
pub type AtlasContext = std::sync::Arc<dyn Atlas>;
