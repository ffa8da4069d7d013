//! What the search engine answers, shared with the browser.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Kind, Sector, Tier};

/// How many entities each facet value would give, the other facets applied.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FacetCounts {
    pub sectors: BTreeMap<Sector, usize>,
    pub tiers: BTreeMap<Tier, usize>,
    pub kinds: BTreeMap<Kind, usize>,
    pub cities: BTreeMap<String, usize>,
    /// Sub-industries with at least one match (ids of `CHAINS`).
    #[serde(default)]
    pub chains: BTreeMap<String, usize>,
    /// Cited documents with at least one match, by their `source=` name (`plan` the plan).
    #[serde(default)]
    pub sources: BTreeMap<String, usize>,
}

/// One grid cell of matching sites on the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterCell {
    /// Centroid of the cell's sites.
    pub lon: f64,
    pub lat: f64,
    /// Sites, not entities: a multi-site entity shows up wherever its sites are.
    pub count: usize,
    /// An entity with several sectors counts in each.
    pub sector_counts: BTreeMap<Sector, usize>,
    /// The grid cell, `[min_lon, min_lat, max_lon, max_lat]`.
    pub bbox: [f64; 4],
    /// The entity of the single site, when `count == 1`, so the map can link to it.
    pub entity_id: Option<String>,
}

/// `GET /api/v1/clusters`: the grid cells of the matching sites in a view, at a zoom.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClustersAnswer {
    pub zoom: u8,
    pub clusters: Vec<ClusterCell>,
}

/// What the catalogue holds for one city.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CityProfile {
    pub city: String,
    pub total: usize,
    pub by_sector: BTreeMap<Sector, usize>,
    pub by_kind: BTreeMap<Kind, usize>,
    pub by_tier: BTreeMap<Tier, usize>,
    pub entity_ids: Vec<String>,
}
