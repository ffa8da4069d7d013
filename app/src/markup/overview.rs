//! The sector overview's tables and the city profile's body (see
//! `components/sector_overview.rs` and `components/city_profile.rs`).
use crate::i18n;
use crate::model::escape_markup;
use crate::model::Lang;
use crate::model::{
    sector_info, wire_name, CityProfile, Indicator, IndicatorValue, Sector, SectorInfo,
};
use crate::tr;

/// Numbers as the plan writes them: `3500`, not `3500.0`.
pub fn fmt_num(v: f64) -> String {
    format!("{v}")
}

/// "3500 亿元", or the plan's silence said out loud rather than a blank cell.
pub fn target_text(info: &SectorInfo, lang: Lang) -> String {
    info.target_2025_value_added_yi
        .map(|v| format!("{} {}", fmt_num(v), tr!(lang, yi_yuan)))
        .unwrap_or_else(|| tr!(lang, not_stated).to_string())
}

pub fn growth_text(info: &SectorInfo, lang: Lang) -> String {
    info.target_growth_pct
        .map(|v| format!("{}%", fmt_num(v)))
        .unwrap_or_else(|| tr!(lang, not_stated).to_string())
}

pub fn sector_label(info: &SectorInfo, lang: Lang) -> &str {
    lang.pick(&info.name_zh, &info.name_en).0
}

fn value_text(v: &IndicatorValue) -> String {
    match v {
        IndicatorValue::Number(n) => fmt_num(*n),
        IndicatorValue::Text(s) => s.clone(),
    }
}

fn swatch(color: &str) -> String {
    format!(
        r#"<span class="swatch" aria-hidden="true" style="background-color:{}"></span>"#,
        escape_markup(color)
    )
}

fn head(cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .map(|c| format!(r#"<th scope="col">{c}</th>"#))
        .collect();
    format!("<thead><tr>{cells}</tr></thead>")
}

/// The eight fields with their 2025 targets (each row's button shows the field on the
/// map: `data-sector` on the row says which), then 表1's indicators.
pub fn sector_tables(infos: &[SectorInfo], indicators: &[Indicator], lang: Lang) -> String {
    let mut out = format!(
        r#"<table class="sector-table"><caption>{}</caption>{}<tbody>"#,
        tr!(lang, sector_overview),
        head(&[tr!(lang, sector), tr!(lang, target_2025), tr!(lang, growth)])
    );
    // Cross-sector is the catalogue's bucket, not one of the plan's fields.
    for info in infos.iter().filter(|i| i.id != Sector::CrossSector) {
        out.push_str(&format!(
            r#"<tr data-sector="{}"><th scope="row"><button type="button" class="sector-link" title="{}">{}{}</button></th><td class="target num">{}</td><td class="growth num">{}</td></tr>"#,
            wire_name(&info.id),
            tr!(lang, show_sector_on_map),
            swatch(&info.color),
            escape_markup(sector_label(info, lang)),
            escape_markup(&target_text(info, lang)),
            escape_markup(&growth_text(info, lang)),
        ));
    }
    out.push_str(&format!(
        r#"</tbody></table><table class="indicator-table"><caption>{}</caption>{}<tbody>"#,
        tr!(lang, indicators_title),
        head(&[
            tr!(lang, indicator),
            tr!(lang, unit),
            tr!(lang, year_2020),
            tr!(lang, year_2025),
            tr!(lang, indicator_kind)
        ])
    ));
    for i in indicators {
        let (name, _) = lang.pick(&i.name_zh, &i.name_en);
        // The data keeps the plan's Chinese wording; translate only the two known kinds.
        let kind = match i.kind.as_str() {
            "预期性" => tr!(lang, expected),
            "约束性" => tr!(lang, binding),
            other => other,
        };
        out.push_str(&format!(
            r#"<tr><th scope="row">{}. {}</th><td>{}</td><td class="num">{}</td><td class="num">{}</td><td>{}</td></tr>"#,
            i.no,
            escape_markup(name),
            escape_markup(&i.unit),
            escape_markup(&value_text(&i.value_2020)),
            escape_markup(&value_text(&i.target_2025)),
            escape_markup(kind),
        ));
    }
    out.push_str("</tbody></table>");
    out
}

/// A city's counts by field (with colour and 2025 target), kind and tier, and the button
/// that shows them on the map (`data-action="show-on-map"`).
pub fn profile_body(p: &CityProfile, infos: &[SectorInfo], lang: Lang) -> String {
    let mut out = format!(
        r#"<p class="profile-total" data-total="{0}">{1}: {0}</p><table class="profile-sectors">{2}<tbody>"#,
        p.total,
        tr!(lang, total),
        head(&[tr!(lang, sector), tr!(lang, count), tr!(lang, target_2025)])
    );
    for (s, n) in p.by_sector.iter().filter(|(_, n)| **n > 0) {
        let info = sector_info(infos, *s);
        let label = info.map_or(i18n::sector(lang, *s), |i| sector_label(i, lang));
        let target = info
            .map(|i| format!("{} · {}", target_text(i, lang), growth_text(i, lang)))
            .unwrap_or_default();
        out.push_str(&format!(
            r#"<tr data-sector="{}"><th scope="row">{}{}</th><td class="num">{n}</td><td class="target">{}</td></tr>"#,
            wire_name(s),
            info.map(|i| swatch(&i.color)).unwrap_or_default(),
            escape_markup(label),
            escape_markup(&target),
        ));
    }
    out.push_str("</tbody></table>");
    let tally = |title: &str, items: Vec<(&str, usize)>| {
        let items: String = items
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(label, n)| {
                format!(r#"<li><span>{label}</span> <span class="num">{n}</span></li>"#)
            })
            .collect();
        format!(r#"<h3>{title}</h3><ul class="profile-tally">{items}</ul>"#)
    };
    out.push_str(&tally(
        tr!(lang, kind),
        p.by_kind
            .iter()
            .map(|(k, n)| (i18n::kind(lang, *k), *n))
            .collect(),
    ));
    out.push_str(&tally(
        tr!(lang, tier),
        p.by_tier
            .iter()
            .map(|(k, n)| (i18n::tier(lang, *k), *n))
            .collect(),
    ));
    out.push_str(&format!(
        r#"<button type="button" class="link show-on-map" data-action="show-on-map">{}</button>"#,
        tr!(lang, show_on_map)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Tier};

    fn info(id: Sector, target: Option<f64>) -> SectorInfo {
        SectorInfo {
            id,
            name_zh: "新<材料>".into(),
            name_en: "New materials".into(),
            color: "#999933".into(),
            target_2025_value_added_yi: target,
            target_growth_pct: Some(9.5),
            plan_ref: None,
            note: None,
        }
    }

    #[test]
    fn sector_table_has_one_row_per_field_and_says_when_the_plan_is_silent() {
        let infos = [
            info(Sector::NewMaterials, Some(1500.0)),
            info(Sector::FutureIndustries, None),
            info(Sector::CrossSector, None),
        ];
        let html = sector_tables(&infos, &[], Lang::Zh);
        assert_eq!(
            html.matches(r#"<tr data-sector="#).count(),
            2,
            "no cross-sector row"
        );
        assert!(html.contains("新&lt;材料&gt;"));
        assert!(
            html.contains(r#"<td class="target num">1500 亿元</td>"#),
            "{html}"
        );
        assert!(html.contains(tr!(Lang::Zh, not_stated)));
    }

    #[test]
    fn profile_lists_only_what_the_city_has() {
        let p = CityProfile {
            city: "厦门市".into(),
            total: 3,
            by_sector: [(Sector::NewMaterials, 3), (Sector::Marine, 0)].into(),
            by_kind: [(Kind::Park, 3)].into(),
            by_tier: [(Tier::National, 1), (Tier::None, 2)].into(),
            entity_ids: Vec::new(),
        };
        let html = profile_body(&p, &[info(Sector::NewMaterials, Some(1500.0))], Lang::En);
        assert!(html.contains(r#"data-total="3">Entities: 3"#), "{html}");
        assert_eq!(html.matches(r#"<tr data-sector="#).count(), 1);
        assert!(html.contains("1500 ×10⁸ yuan · 9.5%"));
        assert!(html.contains(r#"data-action="show-on-map""#));
    }
}
