//! UI text in Chinese (default) and English. Components never hold literal UI strings:
//! they read the [`Strings`] of the current [`Lang`], so a missing translation is a
//! compile error rather than a blank label.
mod en;
mod zh;

use serde::{Deserialize, Serialize};

use crate::model::{Kind, Precision, Sector, Tier};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Of a name given in both languages, the one in this language, then the other.
    pub fn pick<'a, T: ?Sized>(self, zh: &'a T, en: &'a T) -> (&'a T, &'a T) {
        match self {
            Lang::Zh => (zh, en),
            Lang::En => (en, zh),
        }
    }

    pub const fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &zh::STRINGS,
            Lang::En => &en::STRINGS,
        }
    }
}

/// Every piece of UI text. Enum labels are indexed by the enum's position.
pub struct Strings {
    pub html_lang: &'static str,
    pub title: &'static str,
    pub switch_lang: &'static str,
    pub filters: &'static str,
    pub sector: &'static str,
    pub tier: &'static str,
    pub kind: &'static str,
    pub city: &'static str,
    pub clear_all: &'static str,
    pub search_placeholder: &'static str,
    pub search_label: &'static str,
    pub results: &'static str,
    pub no_results: &'static str,
    pub loading: &'static str,
    pub close: &'static str,
    pub citations: &'static str,
    pub members: &'static str,
    pub related: &'static str,
    pub location: &'static str,
    pub tier_source_plan: &'static str,
    pub legend: &'static str,
    pub cluster_of: &'static str,
    pub sector_overview: &'static str,
    pub city_profile: &'static str,
    pub choose_city: &'static str,
    pub target_2025: &'static str,
    pub growth: &'static str,
    pub yi_yuan: &'static str,
    pub not_stated: &'static str,
    pub show_sector_on_map: &'static str,
    pub indicators_title: &'static str,
    pub indicator: &'static str,
    pub unit: &'static str,
    pub year_2020: &'static str,
    pub year_2025: &'static str,
    pub indicator_kind: &'static str,
    pub expected: &'static str,
    pub binding: &'static str,
    pub total: &'static str,
    pub count: &'static str,
    pub show_on_map: &'static str,
    pub sort_label: &'static str,
    /// Server order, then `ViewState::SORT_KEYS` in order.
    pub sort_options: [&'static str; 4],
    /// "N in view of M" as the text around N and M.
    pub in_view: [&'static str; 3],
    pub none_in_view: &'static str,
    pub sectors: [&'static str; 9],
    pub tiers: [&'static str; 4],
    pub kinds: [&'static str; 9],
    pub precisions: [&'static str; 4],
    pub share: ShareStrings,
}

/// The "Embed / share" dialog, the embed page and the print sheet.
pub struct ShareStrings {
    pub open_button: &'static str,
    pub dialog_title: &'static str,
    pub link: &'static str,
    pub embed_code: &'static str,
    pub embed_options: &'static str,
    /// `FramePreset::ALL` in order.
    pub presets: [&'static str; 3],
    pub frame_size: &'static str,
    pub title_label: &'static str,
    pub show_legend: &'static str,
    pub show_controls: &'static str,
    pub interactive: &'static str,
    pub preview: &'static str,
    pub images: &'static str,
    /// `IMAGE_SIZES` in order.
    pub image_sizes: [&'static str; 4],
    pub data: &'static str,
    pub print: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_manually: &'static str,
    pub open_full_map: &'static str,
    pub iframe_title: &'static str,
    pub source_line: &'static str,
    pub printed_on: &'static str,
    pub all_entities: &'static str,
}

impl Strings {
    pub fn sector(&self, s: Sector) -> &'static str {
        self.sectors[s as usize]
    }
    pub fn tier(&self, t: Tier) -> &'static str {
        self.tiers[t as usize]
    }
    pub fn kind(&self, k: Kind) -> &'static str {
        self.kinds[k as usize]
    }
    pub fn precision(&self, p: Precision) -> &'static str {
        self.precisions[p as usize]
    }
}

/// The name of a city, 平潭 or a base-map region in the UI language (the data keys stay
/// Chinese).
pub fn city_name(lang: Lang, city: &str) -> String {
    if lang == Lang::Zh {
        return city.to_string();
    }
    let en = match city {
        "福州市" => "Fuzhou",
        "厦门市" => "Xiamen",
        "漳州市" => "Zhangzhou",
        "泉州市" => "Quanzhou",
        "三明市" => "Sanming",
        "莆田市" => "Putian",
        "南平市" => "Nanping",
        "龙岩市" => "Longyan",
        "宁德市" => "Ningde",
        "平潭综合实验区" => "Pingtan",
        "浙江省" => "Zhejiang",
        "江西省" => "Jiangxi",
        "广东省" => "Guangdong",
        "台湾省" => "Taiwan Province",
        other => other,
    };
    en.to_string()
}
