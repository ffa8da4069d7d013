//! The legend box: one item per sector colour drawn, the tier sizes and kind badges drawn,
//! and the donut when clusters are shown (as `app/src/components/legend.rs` does on the web map).
use app::i18n::Lang;
use app::model::tier_radius;
use app::model::{sector_color, slug, Kind, Sector, SectorInfo, Tier, ALL_TIERS};

use super::frame::em_width;
use super::layers::Drawn;
use super::svg::{num, SvgWriter};
use app::i18n;
use app::tr;

const ROW: f64 = 22.0;
const PAD: f64 = 10.0;
const LABEL_SIZE: f64 = 13.0;
/// Where labels start, right of the widest symbol (the national-tier circle).
const LABEL_X: f64 = 30.0;

/// A legend row's symbol.
enum Symbol<'a> {
    Swatch(Sector, &'a str),
    Tier(Tier),
    Badge(Kind, &'static str),
    Donut,
}

/// Draws the box in the bottom-right corner of a `width`×`height` map area.
pub fn legend(
    w: &mut SvgWriter,
    drawn: &Drawn,
    sectors: &[SectorInfo],
    lang: Lang,
    (width, height): (f64, f64),
) {
    let mut rows: Vec<(String, Symbol)> = drawn
        .sectors
        .iter()
        .map(|s| {
            (
                i18n::sector(lang, *s).to_owned(),
                Symbol::Swatch(*s, sector_color(sectors, *s)),
            )
        })
        .collect();
    rows.extend(
        ALL_TIERS
            .into_iter()
            .filter(|tier| drawn.tiers.contains(tier))
            .map(|tier| (i18n::tier(lang, tier).to_owned(), Symbol::Tier(tier))),
    );
    rows.extend(drawn.kinds.iter().map(|k| {
        let glyph = i18n::kind_badge(lang, *k);
        (i18n::kind(lang, *k).to_owned(), Symbol::Badge(*k, glyph))
    }));
    if drawn.clusters {
        rows.push((format!("n {}", tr!(lang, cluster_of)), Symbol::Donut));
    }
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
    for (i, (label, symbol)) in rows.iter().enumerate() {
        row(w, label, symbol, PAD + ROW * (i as f64 + 1.5));
    }
    w.close("g");
}

/// One item: a `g` whose class (and `data-sector`) say what it stands for.
fn row(w: &mut SvgWriter, label: &str, symbol: &Symbol, cy: f64) {
    match symbol {
        Symbol::Swatch(sector, _) => {
            let id = slug(sector);
            w.open("g", &[("class", "legend-sector"), ("data-sector", &id)]);
        }
        Symbol::Tier(tier) => w.open("g", &[("class", "legend-tier"), ("data-tier", &slug(tier))]),
        Symbol::Badge(kind, _) => {
            w.open("g", &[("class", "legend-kind"), ("data-kind", &slug(kind))])
        }
        Symbol::Donut => w.open("g", &[("class", "legend-cluster")]),
    }
    let centre = (PAD + LABEL_X / 2.0 - 2.0, cy);
    match symbol {
        Symbol::Swatch(_, color) => {
            w.circle(centre, 6.0, &[("fill", color), ("stroke", "#ffffff")])
        }
        Symbol::Tier(tier) => {
            let stroke = if *tier == Tier::National {
                "#222222"
            } else {
                "#999999"
            };
            let attrs = [
                ("fill", "#dddddd"),
                ("stroke", stroke),
                ("stroke-width", "2"),
            ];
            w.circle(centre, tier_radius(*tier), &attrs);
        }
        Symbol::Badge(_, glyph) => w.badge(centre, "kind-badge", glyph),
        Symbol::Donut => {
            let attrs = [
                ("fill", "#ffffff"),
                ("stroke", "#888888"),
                ("stroke-width", "4"),
            ];
            w.circle(centre, 8.0, &attrs);
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
