//! The map itself, drawn as the web map draws it: base map (`map/basemap_layer.rs`), then
//! markers (`map/markers_layer.rs`), then cluster donuts (`map/cluster_layer.rs`) on top.
use std::collections::BTreeSet;

use app::i18n::{city_name, Lang};
pub use app::model::CLUSTER_BELOW_ZOOM;
use app::model::{ClusterCell, Kind, Query, Sector, Tier};
use geo::BoundingRect;

use super::projection::Projection;
use super::svg::{num, ring_path, SvgWriter};
use super::symbols::{donut, marker};
use crate::basemap::{BaseMap, Region, RegionKind};
use crate::data::Data;

const POLYGON_STROKE: &str = "#7a7367";
/// The donut's outer radius plus half its stroke.
const DONUT_EXTENT: f64 = 19.0;

/// What the map layer drew, for the legend and the subtitle.
#[derive(Debug, Default)]
pub struct Drawn {
    /// Every sector whose colour appears: marker fills, second-sector rings, donut arcs.
    pub sectors: BTreeSet<Sector>,
    /// The tiers of the markers drawn.
    pub tiers: BTreeSet<Tier>,
    /// The kinds whose badges were drawn.
    pub kinds: BTreeSet<Kind>,
    /// Whether any cluster donut was drawn.
    pub clusters: bool,
    /// Entities matching the filters (drawn or not).
    pub matched: usize,
}

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
    w.open("g", &[("class", "basemap"), ("stroke", POLYGON_STROKE)]);
    for r in &visible {
        let (class, fill, weight) = match r.kind {
            RegionKind::City => ("basemap-city", "#f4f1ea", "1.2"),
            RegionKind::Pingtan => ("basemap-pingtan", "#e9e2f5", "1.5"),
            RegionKind::Context => ("basemap-context", "#e6e6e6", "0.8"),
        };
        let rings = r.shape.0.iter().flat_map(|p| {
            std::iter::once(p.exterior())
                .chain(p.interiors())
                .map(|ring| ring.0.iter().map(|c| proj.to_px(c.x, c.y)))
        });
        let d = ring_path(rings);
        let mut attrs = vec![
            ("class", class),
            ("d", d.as_str()),
            ("fill", fill),
            ("fill-rule", "evenodd"),
            ("stroke-width", weight),
            ("stroke-linejoin", "round"),
        ];
        if r.kind == RegionKind::Pingtan {
            attrs.push(("stroke-dasharray", "3 2"));
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
        let (size, weight, fill, anchor, dx) = match r.kind {
            RegionKind::City => (13.0, "600", "#4a463f", "middle", 0.0),
            RegionKind::Pingtan => (11.0, "600", "#5b3f8c", "start", 6.0),
            RegionKind::Context => (12.0, "400", "#8a857b", "middle", 0.0),
        };
        let (tx, ty) = (num(x + dx), num(y + size * 0.35));
        let size = num(size);
        w.text(
            &[
                ("x", &tx),
                ("y", &ty),
                ("font-size", &size),
                ("font-weight", weight),
                ("fill", fill),
                ("text-anchor", anchor),
            ],
            &city_name(lang, &r.name_zh),
        );
    }
    w.close("g");
}

/// The filtered entities at the view's zoom: donuts below [`CLUSTER_BELOW_ZOOM`] (with the
/// entities of single-site cells as markers, as the web map does), else every marker.
pub fn entities(
    w: &mut SvgWriter,
    data: &Data,
    query: &Query,
    proj: &Projection,
    lang: Lang,
) -> Drawn {
    let sectors = &data.catalogue.sectors;
    let found = data.index.search(query);
    let mut drawn = Drawn {
        matched: found.number_matched,
        ..Drawn::default()
    };
    let clustered = proj.zoom() < CLUSTER_BELOW_ZOOM;
    let cells: Vec<ClusterCell> = if clustered {
        let zoom = proj.zoom().floor().clamp(0.0, 20.0) as u8;
        data.index.clusters(query, proj.bbox(), zoom)
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
        if !clustered || singles.contains(e.id.as_str()) {
            marker(w, e, sectors, (proj, lang), &mut drawn);
        }
    }
    w.close("g");
    w.open("g", &[("class", "clusters")]);
    for cell in cells.iter().filter(|c| c.count > 1) {
        let at = proj.to_px(cell.lon, cell.lat);
        if proj.near_view(at, DONUT_EXTENT) {
            donut(w, cell, sectors, at);
            drawn.sectors.extend(cell.sector_counts.keys());
            drawn.clusters = true;
        }
    }
    w.close("g");
    drawn
}
