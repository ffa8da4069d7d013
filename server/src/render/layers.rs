//! The map itself, drawn as the web map draws it: base map (`map/basemap_layer.rs`), then
//! markers (`map/markers_layer.rs`), then cluster donuts (`map/cluster_layer.rs`) on top.
use std::collections::BTreeSet;

use app::i18n::city_name;
use app::model::params::{ParamError, MAX_ZOOM};
pub use app::model::CLUSTER_BELOW_ZOOM;
use app::model::{donut, ClusterCell, Lang, LegendRows, Query, RegionKind, REGION_STROKE};
use geo::BoundingRect;

use super::projection::Projection;
use super::svg::{num, ring_path, SvgWriter};
use super::symbols::{donut_symbol, marker};
use crate::basemap::{BaseMap, Region};
use crate::data::Data;

/// The donut's outer radius plus half its stroke.
const DONUT_EXTENT: f64 = donut::RADIUS + donut::WIDTH / 2.0 + 0.5;

/// Polygons then labels, skipping regions wholly outside the view.
pub fn basemap(w: &mut SvgWriter, basemap: &BaseMap, proj: &Projection, lang: Lang) {
    let visible: Vec<&Region> = basemap
        .regions
        .iter()
        .filter(|r| {
            r.shape.bounding_rect().is_some_and(|b| {
                let top_left = proj.to_px(b.min().x, b.max().y);
                proj.overlaps(top_left, proj.to_px(b.max().x, b.min().y))
            })
        })
        .collect();
    w.open("g", &[("class", "basemap"), ("stroke", REGION_STROKE)]);
    for r in &visible {
        let look = r.kind.look();
        let weight = look.stroke_width.to_string();
        let rings = r.shape.0.iter().flat_map(|p| {
            std::iter::once(p.exterior())
                .chain(p.interiors())
                .map(|ring| ring.0.iter().map(|c| proj.to_px(c.x, c.y)))
        });
        let d = ring_path(rings);
        let mut attrs = vec![
            ("class", look.class),
            ("d", d.as_str()),
            ("fill", look.fill),
            ("fill-rule", "evenodd"),
            ("stroke-width", weight.as_str()),
            ("stroke-linejoin", "round"),
        ];
        if let Some(dash) = look.dash {
            attrs.push(("stroke-dasharray", dash));
        }
        w.empty("path", &attrs);
    }
    w.close("g");
    w.open(
        "g",
        &[
            ("class", "basemap-labels"),
            ("stroke", "#ffffff"),
            ("stroke-width", "3"),
            ("stroke-linejoin", "round"),
            ("paint-order", "stroke"),
        ],
    );
    for r in &visible {
        let (x, y) = proj.to_px(r.label.x(), r.label.y());
        // Leaflet centres these tooltips on the point; 平潭's sits to its right.
        let look = r.kind.look();
        let (anchor, dx) = match r.kind {
            RegionKind::Pingtan => ("start", 6.0),
            _ => ("middle", 0.0),
        };
        let (tx, ty) = (num(x + dx), num(y + look.label_size * 0.35));
        let (size, weight) = (num(look.label_size), look.label_weight.to_string());
        w.text(
            &[
                ("x", &tx),
                ("y", &ty),
                ("font-size", &size),
                ("font-weight", &weight),
                ("fill", look.label_color),
                ("text-anchor", anchor),
            ],
            &city_name(lang, &r.name_zh),
        );
    }
    w.close("g");
}

/// The filtered entities at the view's zoom: donuts below [`CLUSTER_BELOW_ZOOM`] (with the
/// entities of single-site cells as markers, as the web map does), else every marker.
/// Returns what was drawn, for the legend, and how many entities match the filters; an
/// unknown `section=` is the request's error.
pub fn entities(
    w: &mut SvgWriter,
    data: &Data,
    query: &Query,
    proj: &Projection,
    lang: Lang,
) -> Result<(LegendRows, usize), ParamError> {
    let sectors = &data.catalogue.sectors;
    let found = data.search(query)?;
    let mut drawn = LegendRows::default();
    let clustered = proj.zoom() < CLUSTER_BELOW_ZOOM;
    let cells: Vec<ClusterCell> = if clustered {
        let zoom = proj.zoom().floor().clamp(0.0, MAX_ZOOM) as u8;
        data.clusters(query, proj.bbox(), zoom)?
    } else {
        Vec::new()
    };
    let singles: BTreeSet<&str> = cells
        .iter()
        .filter(|c| c.count <= 1)
        .filter_map(|c| c.entity_id.as_deref())
        .collect();
    w.open("g", &[("class", "markers")]);
    for &i in &found.ids {
        let Some(e) = data.catalogue.entities.get(i) else {
            continue;
        };
        if (!clustered || singles.contains(e.id.as_str())) && marker(w, e, sectors, (proj, lang)) {
            drawn.marker(e);
        }
    }
    w.close("g");
    w.open("g", &[("class", "clusters")]);
    for cell in cells.iter().filter(|c| c.count > 1) {
        let at = proj.to_px(cell.lon, cell.lat);
        if proj.near_view(at, DONUT_EXTENT) {
            donut_symbol(w, cell, sectors, at);
            drawn.donut(cell);
        }
    }
    w.close("g");
    Ok((drawn, found.number_matched))
}
