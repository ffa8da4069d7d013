//! Labels for the model's enums and place names, each a key in `locales/*.json`.
use super::Lang;
use crate::model::params::ImageSize;
use crate::model::FramePreset;
use crate::model::{Kind, Precision, Sector, Tier};
use crate::tr;

pub fn sector(lang: Lang, s: Sector) -> &'static str {
    match s {
        Sector::NextGenIt => tr!(lang, sectors.next_gen_it),
        Sector::HighEndEquipment => tr!(lang, sectors.high_end_equipment),
        Sector::NewMaterials => tr!(lang, sectors.new_materials),
        Sector::NewEnergy => tr!(lang, sectors.new_energy),
        Sector::Biomedicine => tr!(lang, sectors.biomedicine),
        Sector::EnergySavingEnv => tr!(lang, sectors.energy_saving_env),
        Sector::Marine => tr!(lang, sectors.marine),
        Sector::FutureIndustries => tr!(lang, sectors.future_industries),
        Sector::CrossSector => tr!(lang, sectors.cross_sector),
    }
}

pub fn tier(lang: Lang, t: Tier) -> &'static str {
    match t {
        Tier::National => tr!(lang, tiers.national),
        Tier::Provincial => tr!(lang, tiers.provincial),
        Tier::City => tr!(lang, tiers.city),
        Tier::None => tr!(lang, tiers.none),
    }
}

pub fn kind(lang: Lang, k: Kind) -> &'static str {
    match k {
        Kind::Cluster => tr!(lang, kinds.cluster),
        Kind::Park => tr!(lang, kinds.park),
        Kind::Base => tr!(lang, kinds.base),
        Kind::Zone => tr!(lang, kinds.zone),
        Kind::Platform => tr!(lang, kinds.platform),
        Kind::Project => tr!(lang, kinds.project),
        Kind::ScienceCity => tr!(lang, kinds.science_city),
        Kind::Town => tr!(lang, kinds.town),
        Kind::Other => tr!(lang, kinds.other),
    }
}

/// The one-character badge a marker wears for its kind (the legend spells it out).
pub fn kind_badge(lang: Lang, k: Kind) -> &'static str {
    match k {
        Kind::Cluster => tr!(lang, kind_badges.cluster),
        Kind::Park => tr!(lang, kind_badges.park),
        Kind::Base => tr!(lang, kind_badges.base),
        Kind::Zone => tr!(lang, kind_badges.zone),
        Kind::Platform => tr!(lang, kind_badges.platform),
        Kind::Project => tr!(lang, kind_badges.project),
        Kind::ScienceCity => tr!(lang, kind_badges.science_city),
        Kind::Town => tr!(lang, kind_badges.town),
        Kind::Other => tr!(lang, kind_badges.other),
    }
}

/// "位置精确到区县" and the like.
pub fn precision(lang: Lang, p: Precision) -> &'static str {
    match p {
        Precision::Site => tr!(lang, precisions.site),
        Precision::District => tr!(lang, precisions.district),
        Precision::City => tr!(lang, precisions.city),
        Precision::MultiCity => tr!(lang, precisions.multi_city),
    }
}

/// The result list's order: `None` (the server's relevance order) or one of
/// `ViewState::SORT_KEYS`.
pub fn sort_label(lang: Lang, key: Option<&str>) -> &'static str {
    match key {
        Some("name") => tr!(lang, sort_options.name),
        Some("tier") => tr!(lang, sort_options.tier),
        Some("kind") => tr!(lang, sort_options.kind),
        _ => tr!(lang, sort_options.relevance),
    }
}

/// The iframe snippet's shape.
pub fn frame_preset(lang: Lang, p: FramePreset) -> &'static str {
    match p {
        FramePreset::Wide => tr!(lang, share.presets.wide),
        FramePreset::Standard => tr!(lang, share.presets.standard),
        FramePreset::Responsive => tr!(lang, share.presets.responsive),
    }
}

/// An image size as the share dialog offers it, e.g. "1920×1080 幻灯片".
pub fn image_size_label(lang: Lang, size: ImageSize) -> &'static str {
    match size {
        ImageSize::Slide1920 => tr!(lang, share.image_sizes.slide_1080),
        ImageSize::Slide1280 => tr!(lang, share.image_sizes.slide_720),
        ImageSize::A4Portrait => tr!(lang, share.image_sizes.a4_portrait),
        ImageSize::A4Landscape => tr!(lang, share.image_sizes.a4_landscape),
    }
}

/// The name of a city, 平潭 or a base-map region in the UI language (the data keys stay
/// Chinese, so Chinese needs no lookup); other names are returned as they are.
pub fn city_name(lang: Lang, city: &str) -> String {
    let name = match city {
        _ if lang == Lang::Zh => city,
        "福州市" => tr!(lang, places.fuzhou),
        "厦门市" => tr!(lang, places.xiamen),
        "漳州市" => tr!(lang, places.zhangzhou),
        "泉州市" => tr!(lang, places.quanzhou),
        "三明市" => tr!(lang, places.sanming),
        "莆田市" => tr!(lang, places.putian),
        "南平市" => tr!(lang, places.nanping),
        "龙岩市" => tr!(lang, places.longyan),
        "宁德市" => tr!(lang, places.ningde),
        "平潭综合实验区" => tr!(lang, places.pingtan),
        "浙江省" => tr!(lang, places.zhejiang),
        "江西省" => tr!(lang, places.jiangxi),
        "广东省" => tr!(lang, places.guangdong),
        "台湾省" => tr!(lang, places.taiwan),
        other => other,
    };
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_follow_the_language() {
        assert_eq!(sector(Lang::Zh, Sector::NewMaterials), "新材料");
        assert_eq!(tier(Lang::En, Tier::National), "National");
        assert_eq!(city_name(Lang::En, "台湾省"), "Taiwan Province");
        assert_eq!(city_name(Lang::Zh, "台湾省"), "台湾省");
        assert_eq!(city_name(Lang::En, "某地"), "某地");
        assert_eq!(sort_label(Lang::Zh, None), "默认");
        assert_eq!(kind_badge(Lang::Zh, Kind::Park), "园");
    }

    #[test]
    fn kind_badges_tell_every_kind_apart() {
        use crate::model::ALL_KINDS;
        for lang in [Lang::Zh, Lang::En] {
            let badges: std::collections::BTreeSet<_> =
                ALL_KINDS.iter().map(|k| kind_badge(lang, *k)).collect();
            assert_eq!(badges.len(), ALL_KINDS.len(), "{lang:?}");
            assert!(badges.iter().all(|b| b.chars().count() == 1));
        }
    }
}
