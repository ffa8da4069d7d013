//! Plain types and rules shared by the server and the browser: the catalogue's contract
//! (`data/entities.geojson`, `data/sectors.json`, `data/indicators.json`), the URL grammar
//! (`params`, `Query`, `ViewState`), the map's look and the links built from a view.
mod account;
mod chains;
mod curation;
mod embed_options;
mod entity;
mod entity_detail;
mod enums;
mod escape;
mod lang;
mod legend_rows;
mod look;
pub mod params;
mod plan;
mod query;
mod results;
mod sector_info;
mod share_links;
mod view_state;

pub use account::{AuditEntry, Role, StaffView, UserInfo};
pub use chains::{chain, sector_of_chapter3_section, Chain, CHAINS};
pub use curation::{ChangeSource, FieldChange, FieldSource, Status};
pub use embed_options::EmbedOptions;
pub use entity::{Entity, EntityProps, Member, PlanRef};
pub use entity_detail::EntityDetail;
pub use enums::{wire_name, Kind, Precision, Sector, Tier, ALL_KINDS, ALL_TIERS};
pub use escape::escape_markup;
pub use lang::Lang;
pub use legend_rows::{LegendRow, LegendRows};
pub use look::{
    badge_css, donut, legend_tier_symbol, tier_radius, MarkerLook, RegionKind, RegionLook,
    BADGE_BORDER, BADGE_FONT_SIZE, BADGE_RADIUS, BADGE_SIZE, BADGE_TEXT, BASEMAP_ATTRIBUTION,
    CLUSTER_BELOW_ZOOM, FIRST_VIEW_MAP_SIZE, FUJIAN_FRAME, LEGEND_TIER_FILL, MARKER_FILL_OPACITY,
    REGION_STROKE, REVIEWED_DOT_COLOR, REVIEWED_DOT_RADIUS, RING_GAP, RING_WIDTH, SEA_COLOR,
    TILE_SIZE, ZOOM_SNAP,
};
pub use params::{ParamError, Viewport};
pub use plan::{
    parse_plan_search, Evidence, PlanMention, PlanNode, PlanPassage, PlanSection, PlanTextHit,
    PLAN_CONTENTS,
};
pub use query::{Query, DEFAULT_LIMIT, MAX_K, MAX_LIMIT, MAX_Q_CHARS, MAX_RADIUS_KM};
pub use results::{CityProfile, ClusterCell, ClustersAnswer, FacetCounts};
pub use sector_info::{
    sector_color, sector_info, Indicator, IndicatorValue, SectorInfo, NO_SECTOR_COLOR,
};
pub use share_links::{
    basemap_href, export_href, iframe_snippet, preview_href, render_href, FramePreset,
    PreviewFormat,
};
pub use view_state::{Panel, ViewState};

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
