//! The web map's legend: one item per row of [`LegendRows`], drawn as the map draws it.
use crate::i18n;
use crate::model::{
    badge_css, donut, legend_tier_symbol, sector_color, wire_name, Lang, LegendRow, LegendRows,
    SectorInfo, LEGEND_TIER_FILL, REVIEWED_DOT_COLOR, REVIEWED_DOT_RADIUS,
};
use crate::tr;

fn symbol_svg(inner: &str) -> String {
    format!(r#"<svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">{inner}</svg>"#)
}

/// The legend's lists; empty until the map has drawn something.
pub fn legend_items(rows: &LegendRows, sectors: &[SectorInfo], lang: Lang) -> String {
    let mut out = String::from(r#"<ul class="legend-rows">"#);
    for row in rows.rows() {
        let item = match row {
            LegendRow::Sector(s) => format!(
                r#"<li class="legend-sector" data-sector="{}"><span class="swatch" style="background:{}"></span>{}</li>"#,
                wire_name(&s),
                sector_color(sectors, s),
                i18n::sector(lang, s)
            ),
            LegendRow::Tier(t) => {
                let (r, stroke) = legend_tier_symbol(t);
                let circle = format!(
                    r#"<circle cx="11" cy="11" r="{r}" fill="{LEGEND_TIER_FILL}" stroke="{stroke}" stroke-width="2"/>"#
                );
                format!(
                    r#"<li class="legend-tier" data-tier="{}">{}{}</li>"#,
                    wire_name(&t),
                    symbol_svg(&circle),
                    i18n::tier(lang, t)
                )
            }
            LegendRow::Kind(k) => format!(
                r#"<li class="legend-kind" data-kind="{}"><span class="badge-box" style="{}" aria-hidden="true">{}</span>{}</li>"#,
                wire_name(&k),
                badge_css(),
                i18n::kind_badge(lang, k),
                i18n::kind(lang, k)
            ),
            LegendRow::Reviewed => {
                let dot = format!(
                    r##"<circle cx="11" cy="11" r="6" fill="{LEGEND_TIER_FILL}" stroke="#999999" stroke-width="1"/><circle cx="11" cy="11" r="{REVIEWED_DOT_RADIUS}" fill="{REVIEWED_DOT_COLOR}"/>"##
                );
                format!(
                    r#"<li class="legend-reviewed">{}{}</li>"#,
                    symbol_svg(&dot),
                    tr!(lang, legend_reviewed)
                )
            }
            LegendRow::Cluster => {
                let ring = format!(
                    r##"<circle cx="11" cy="11" r="{}" fill="#fff" stroke="{}" stroke-width="{}"/>"##,
                    donut::LEGEND_RADIUS,
                    donut::LEGEND_STROKE,
                    donut::WIDTH / 2.0
                );
                format!(
                    r#"<li class="legend-cluster">{}n {}</li>"#,
                    symbol_svg(&ring),
                    tr!(lang, cluster_of)
                )
            }
        };
        out.push_str(&item);
    }
    out.push_str("</ul>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Sector, Tier};

    #[test]
    fn one_item_per_row_in_order() {
        let mut rows = LegendRows::default();
        assert_eq!(
            legend_items(&rows, &[], Lang::Zh),
            r#"<ul class="legend-rows"></ul>"#
        );
        rows.sectors.insert(Sector::Marine);
        rows.tiers.insert(Tier::National);
        rows.kinds.insert(Kind::Park);
        rows.clusters = true;
        let html = legend_items(&rows, &[], Lang::En);
        let order: Vec<usize> = [
            "legend-sector",
            "legend-tier",
            "legend-kind",
            "legend-cluster",
        ]
        .iter()
        .filter_map(|c| html.find(c))
        .collect();
        assert_eq!(order.len(), 4);
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{html}");
        assert!(html.contains(r#"data-sector="marine""#));
    }
}
