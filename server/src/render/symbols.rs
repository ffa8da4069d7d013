//! One entity's marker and one cluster's donut, in the map's look (`app::model::look`), as
//! the web map draws them (`map/markers_layer.rs`, `map/cluster_layer.rs`).
use app::i18n;
use app::model::{
    donut, sector_color, wire_name, ClusterCell, Entity, Lang, MarkerLook, SectorInfo,
    MARKER_FILL_OPACITY, NO_SECTOR_COLOR, REVIEWED_DOT_COLOR, REVIEWED_DOT_RADIUS, RING_GAP,
    RING_WIDTH,
};

use super::projection::Projection;
use super::svg::{num, SvgWriter};

/// Every site of `e` in view: fill = first sector, ring = second, edge = tier, and the kind
/// badge at the upper right. True if any site was in view.
pub fn marker(
    w: &mut SvgWriter,
    e: &Entity,
    sectors: &[SectorInfo],
    (proj, lang): (&Projection, Lang),
) -> bool {
    let p = &e.props;
    let look = MarkerLook::of(p.tier, false);
    let first = p.sectors.first();
    let fill = first.map_or(NO_SECTOR_COLOR, |s| sector_color(sectors, *s));
    let class = format!(
        "entity-marker tier-{} sector-{}",
        wire_name(&p.tier),
        first.map(wire_name).unwrap_or_default()
    );
    let (stroke_width, opacity) = (num(look.stroke_width), MARKER_FILL_OPACITY.to_string());
    let ring = p.sectors.get(1).map(|s| {
        (
            format!("sector-ring sector-{}", wire_name(s)),
            sector_color(sectors, *s),
        )
    });
    let badge = format!("kind-badge kind-{}", wire_name(&p.kind));
    let (dx, dy) = look.badge_offset();
    let reviewed = p.site_reviewed();
    let mut any = false;
    for site in e.sites() {
        let at = proj.to_px(site.0, site.1);
        if !proj.near_view(at, look.radius + RING_GAP + RING_WIDTH) {
            continue;
        }
        any = true;
        w.circle(
            at,
            look.radius,
            &[
                ("class", &class),
                ("fill", fill),
                ("fill-opacity", &opacity),
                ("stroke", look.stroke),
                ("stroke-width", &stroke_width),
            ],
        );
        if let Some((class, color)) = &ring {
            let width = num(RING_WIDTH);
            let attrs = [
                ("class", class.as_str()),
                ("fill", "none"),
                ("stroke", color),
                ("stroke-width", width.as_str()),
            ];
            w.circle(at, look.radius + RING_GAP, &attrs);
        }
        if reviewed {
            let dot = [("class", "reviewed-dot"), ("fill", REVIEWED_DOT_COLOR)];
            w.circle(at, REVIEWED_DOT_RADIUS, &dot);
        }
        w.badge(
            (at.0 + dx, at.1 + dy),
            &badge,
            i18n::kind_badge(lang, p.kind),
        );
    }
    any
}

/// One arc per sector, proportional to its count, around the cell's site count.
pub fn donut_symbol(
    w: &mut SvgWriter,
    cell: &ClusterCell,
    sectors: &[SectorInfo],
    (x, y): (f64, f64),
) {
    let translate = format!("translate({} {})", num(x), num(y));
    w.open("g", &[("class", "cluster"), ("transform", &translate)]);
    w.circle((0.0, 0.0), donut::HOLE, &[("fill", "#ffffff")]);
    let counts: Vec<(&str, usize)> = cell
        .sector_counts
        .iter()
        .map(|(s, n)| (sector_color(sectors, *s), *n))
        .collect();
    let (width, circumference) = (num(donut::WIDTH), num(donut::circumference()));
    for (color, len, offset) in donut::arcs(&counts) {
        let dash = format!("{} {circumference}", num(len));
        let dash_offset = num(offset);
        let attrs = [
            ("fill", "none"),
            ("stroke", color),
            ("stroke-width", width.as_str()),
            ("stroke-dasharray", dash.as_str()),
            ("stroke-dashoffset", dash_offset.as_str()),
            ("transform", "rotate(-90)"),
        ];
        w.circle((0.0, 0.0), donut::RADIUS, &attrs);
    }
    let (y, size) = (num(donut::FONT_SIZE / 3.0), num(donut::FONT_SIZE));
    let attrs = [
        ("y", y.as_str()),
        ("text-anchor", "middle"),
        ("font-size", size.as_str()),
        ("font-weight", "700"),
        ("fill", donut::TEXT),
        ("stroke", "none"),
    ];
    w.text(&attrs, &cell.count.to_string());
    w.close("g");
}
