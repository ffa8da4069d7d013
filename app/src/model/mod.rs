//! Serde types shared by the server and the browser: the catalogue's contract
//! (`data/entities.geojson`, `data/sectors.json`, `data/indicators.json`).
mod decimal;
mod entity;
mod enums;
mod map_look;
mod query;
mod results;
mod sector_info;

pub use decimal::parse_decimal;
pub use entity::{Entity, EntityProps, Member, PlanRef};
pub use enums::{slug, Kind, Precision, Sector, Tier, ALL_KINDS, ALL_TIERS};
pub use map_look::{tier_radius, BASEMAP_ATTRIBUTION, CLUSTER_BELOW_ZOOM, FUJIAN_FRAME};
pub use query::{Query, QueryError, DEFAULT_LIMIT, MAX_K, MAX_LIMIT, MAX_Q_CHARS, MAX_RADIUS_KM};
pub use results::{CityProfile, ClusterCell, FacetCounts};
pub use sector_info::{
    sector_color, sector_info, Indicator, IndicatorValue, SectorInfo, NO_SECTOR_COLOR,
};

/// The ten places the catalogue assigns entities to: the nine prefecture-level cities and 平潭.
pub const CITIES: [&str; 10] = [
    "福州市",
    "厦门市",
    "漳州市",
    "泉州市",
    "三明市",
    "莆田市",
    "南平市",
    "龙岩市",
    "宁德市",
    "平潭综合实验区",
];
