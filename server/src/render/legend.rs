//! The legend box: one item per [`LegendRow`] of what the picture drew, in the order and
//! with the symbols of the web map's legend (`app/src/map/legend.rs`).
use app::i18n;
use app::model::{
    donut, legend_tier_symbol, sector_color, wire_name, Lang, LegendRow, LegendRows, SectorInfo,
    LEGEND_TIER_FILL, REVIEWED_DOT_COLOR, REVIEWED_DOT_RADIUS,
};
use app::tr;

use super::frame::em_width;
use super::svg::{num, SvgWriter};

const ROW: f64 = 22.0;
const PAD: f64 = 10.0;
const LABEL_SIZE: f64 = 13.0;
/// Where labels start, right of the widest symbol (the national-tier circle).
const LABEL_X: f64 = 30.0;

fn label(row: LegendRow, lang: Lang) -> String {
    match row {
        LegendRow::Sector(s) => i18n::sector(lang, s).to_owned(),
        LegendRow::Tier(t) => i18n::tier(lang, t).to_owned(),
        LegendRow::Kind(k) => i18n::kind(lang, k).to_owned(),
        LegendRow::Reviewed => tr!(lang, legend_reviewed).to_owned(),
        LegendRow::Cluster => format!("n {}", tr!(lang, cluster_of)),
    }
}

/// Draws the box in the bottom-right corner of a `width`×`height` map area.
pub fn legend(
    w: &mut SvgWriter,
    drawn: &LegendRows,
    sectors: &[SectorInfo],
    lang: Lang,
    (width, height): (f64, f64),
) {
    let rows: Vec<(String, LegendRow)> = drawn
        .rows()
        .into_iter()
        .map(|r| (label(r, lang), r))
        .collect();
    let widest = rows
        .iter()
        .map(|(label, _)| em_width(label))
        .fold(em_width(tr!(lang, legend)), f64::max);
    let box_w = LABEL_X + widest * LABEL_SIZE + 2.0 * PAD;
    let box_h = ROW * (rows.len() + 1) as f64 + 2.0 * PAD;
    let (x0, y0) = (width - box_w - 12.0, height - box_h - 12.0);
    let translate = format!("translate({} {})", num(x0), num(y0));
    w.open("g", &[("class", "legend"), ("transform", &translate)]);
    let (bw, bh) = (num(box_w), num(box_h));
    w.empty(
        "rect",
        &[
            ("width", &bw),
            ("height", &bh),
            ("rx", "6"),
            ("fill", "#ffffff"),
            ("fill-opacity", "0.92"),
            ("stroke", "#cccccc"),
        ],
    );
    let header = [
        ("x", num(PAD)),
        ("y", num(PAD + 15.0)),
        ("font-size", num(14.0)),
        ("font-weight", "700".into()),
        ("fill", "#2b2a27".into()),
    ];
    let refs: Vec<(&str, &str)> = header.iter().map(|(k, v)| (*k, v.as_str())).collect();
    w.text(&refs, tr!(lang, legend));
    for (i, (text, r)) in rows.iter().enumerate() {
        row(w, text, *r, (sectors, lang), PAD + ROW * (i as f64 + 1.5));
    }
    w.close("g");
}

/// One item: a `g` whose class and `data-` attribute say what it stands for, as on the web.
fn row(
    w: &mut SvgWriter,
    label: &str,
    r: LegendRow,
    (sectors, lang): (&[SectorInfo], Lang),
    cy: f64,
) {
    match r {
        LegendRow::Sector(s) => w.open(
            "g",
            &[("class", "legend-sector"), ("data-sector", &wire_name(&s))],
        ),
        LegendRow::Tier(t) => w.open(
            "g",
            &[("class", "legend-tier"), ("data-tier", &wire_name(&t))],
        ),
        LegendRow::Kind(k) => w.open(
            "g",
            &[("class", "legend-kind"), ("data-kind", &wire_name(&k))],
        ),
        LegendRow::Reviewed => w.open("g", &[("class", "legend-reviewed")]),
        LegendRow::Cluster => w.open("g", &[("class", "legend-cluster")]),
    }
    let centre = (PAD + LABEL_X / 2.0 - 2.0, cy);
    match r {
        LegendRow::Sector(s) => w.circle(
            centre,
            6.0,
            &[("fill", sector_color(sectors, s)), ("stroke", "#ffffff")],
        ),
        LegendRow::Tier(t) => {
            let (radius, stroke) = legend_tier_symbol(t);
            let attrs = [
                ("fill", LEGEND_TIER_FILL),
                ("stroke", stroke),
                ("stroke-width", "2"),
            ];
            w.circle(centre, radius, &attrs);
        }
        LegendRow::Kind(k) => w.badge(centre, "kind-badge", i18n::kind_badge(lang, k)),
        LegendRow::Reviewed => {
            let edge = [("fill", LEGEND_TIER_FILL), ("stroke", "#999999")];
            w.circle(centre, 6.0, &edge);
            w.circle(centre, REVIEWED_DOT_RADIUS, &[("fill", REVIEWED_DOT_COLOR)]);
        }
        LegendRow::Cluster => {
            let width = num(donut::WIDTH / 2.0);
            let attrs = [
                ("fill", "#ffffff"),
                ("stroke", donut::LEGEND_STROKE),
                ("stroke-width", width.as_str()),
            ];
            w.circle(centre, donut::LEGEND_RADIUS, &attrs);
        }
    }
    let (x, y) = (num(PAD + LABEL_X), num(cy + LABEL_SIZE * 0.35));
    let size = num(LABEL_SIZE);
    let attrs = [
        ("x", x.as_str()),
        ("y", &y),
        ("font-size", &size),
        ("fill", "#2b2a27"),
    ];
    w.text(&attrs, label);
    w.close("g");
}
