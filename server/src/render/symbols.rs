//! One entity's marker and one cluster's donut, in the web map's colours, radii, rings and
//! badges (`map/markers_layer.rs`, `map/cluster_layer.rs`).
use app::i18n::{self, Lang};
use app::model::{
    sector_color, slug, tier_radius, ClusterCell, Entity, SectorInfo, Tier, NO_SECTOR_COLOR,
};

use super::layers::Drawn;
use super::projection::Projection;
use super::svg::{num, SvgWriter};

/// Every site of `e` in view: fill = first sector, ring = second, dark edge = national,
/// and the kind badge at the upper right.
pub fn marker(
    w: &mut SvgWriter,
    e: &Entity,
    sectors: &[SectorInfo],
    (proj, lang): (&Projection, Lang),
    drawn: &mut Drawn,
) {
    let p = &e.props;
    let r = tier_radius(p.tier);
    let first = p.sectors.first();
    let fill = first.map_or(NO_SECTOR_COLOR, |s| sector_color(sectors, *s));
    let national = p.tier == Tier::National;
    let (stroke, width) = if national {
        ("#222222", "2.5")
    } else {
        ("#ffffff", "1")
    };
    let class = format!(
        "entity-marker tier-{} sector-{}",
        slug(&p.tier),
        first.map(slug).unwrap_or_default()
    );
    let second = p.sectors.get(1);
    for site in e.sites() {
        let at = proj.to_px(site.0, site.1);
        if !proj.near_view(at, r + 4.0) {
            continue;
        }
        w.circle(
            at,
            r,
            &[
                ("class", &class),
                ("fill", fill),
                ("fill-opacity", "0.9"),
                ("stroke", stroke),
                ("stroke-width", width),
            ],
        );
        if let Some(s) = second {
            let ring = format!("sector-ring sector-{}", slug(s));
            let color = sector_color(sectors, *s);
            let attrs = [
                ("class", ring.as_str()),
                ("fill", "none"),
                ("stroke", color),
                ("stroke-width", "2.5"),
            ];
            w.circle(at, r + 3.0, &attrs);
        }
        let badge = format!("kind-badge kind-{}", slug(&p.kind));
        w.badge(
            (at.0 + r + 3.0, at.1 - r),
            &badge,
            i18n::kind_badge(lang, p.kind),
        );
        drawn.kinds.insert(p.kind);
        drawn.sectors.extend(first);
        drawn.sectors.extend(second);
        drawn.tiers.insert(p.tier);
    }
}

/// One arc per sector, proportional to its count, around the cell's site count.
pub fn donut(w: &mut SvgWriter, cell: &ClusterCell, sectors: &[SectorInfo], (x, y): (f64, f64)) {
    let (r, circumference) = (15.0_f64, 2.0 * std::f64::consts::PI * 15.0);
    let total = cell.sector_counts.values().sum::<usize>().max(1) as f64;
    let translate = format!("translate({} {})", num(x), num(y));
    w.open("g", &[("class", "cluster"), ("transform", &translate)]);
    w.circle((0.0, 0.0), 11.0, &[("fill", "#ffffff")]);
    let mut offset = 0.0;
    for (sector, n) in &cell.sector_counts {
        let len = circumference * *n as f64 / total;
        let dash = format!("{} {}", num(len), num(circumference));
        let dash_offset = num(-offset);
        let attrs = [
            ("fill", "none"),
            ("stroke", sector_color(sectors, *sector)),
            ("stroke-width", "7"),
            ("stroke-dasharray", dash.as_str()),
            ("stroke-dashoffset", dash_offset.as_str()),
            ("transform", "rotate(-90)"),
        ];
        w.circle((0.0, 0.0), r, &attrs);
        offset += len;
    }
    let attrs = [
        ("y", "4"),
        ("text-anchor", "middle"),
        ("font-size", "12"),
        ("font-weight", "700"),
        ("fill", "#222222"),
        ("stroke", "none"),
    ];
    w.text(&attrs, &cell.count.to_string());
    w.close("g");
}
