use serde::{Deserialize, Serialize};

use super::{PlanRef, Sector};

/// One field of `data/sectors.json`: names, map colour and the plan's 2025 targets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectorInfo {
    pub id: Sector,
    pub name_zh: String,
    pub name_en: String,
    /// `#rrggbb`, from a colour-blind-safe palette.
    pub color: String,
    /// 2025 增加值 target in 亿元; `None` where the plan states none.
    pub target_2025_value_added_yi: Option<f64>,
    /// Average annual growth in percent; `None` where the plan states none.
    pub target_growth_pct: Option<f64>,
    #[serde(rename = "ref")]
    pub plan_ref: Option<PlanRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The entry for `sector` in a list of fields (as loaded from `data/sectors.json`).
pub fn sector_info(infos: &[SectorInfo], sector: Sector) -> Option<&SectorInfo> {
    infos.iter().find(|i| i.id == sector)
}

/// Drawn for a field the list lacks (only if sectors.json failed to load).
pub const NO_SECTOR_COLOR: &str = "#777777";

/// The map colour of `sector`.
pub fn sector_color(infos: &[SectorInfo], sector: Sector) -> &str {
    sector_info(infos, sector).map_or(NO_SECTOR_COLOR, |i| i.color.as_str())
}

/// One row of the plan's 表1. Values stay as the table writes them ("＞6000", "--").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub no: u32,
    pub name_zh: String,
    pub name_en: String,
    pub unit: String,
    pub value_2020: IndicatorValue,
    pub target_2025: IndicatorValue,
    /// 预期性 (expected) or 约束性 (binding).
    pub kind: String,
    pub ref_quote: String,
}

/// A number where the table gives one, else its text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum IndicatorValue {
    Number(f64),
    Text(String),
}
