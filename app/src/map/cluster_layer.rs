//! Server clusters at low zoom (`/api/v1/clusters`): each cell of several sites is a donut
//! of its sector mix with the count; clicking one zooms to its cell.
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::fetch::fetch_typed;
use super::leaflet::{self, lat_lng, options, Layer, Map};
use crate::model::{
    donut, sector_color, ClusterCell, ClustersAnswer, Lang, LegendRows, SectorInfo,
};
use crate::tr;

pub struct ClusterLayer {
    group: Layer,
    _on_click: Closure<dyn Fn(JsValue)>,
}

/// The donut (`crate::model::donut`): one arc per sector, proportional to its count.
fn donut_svg(cell: &ClusterCell, sectors: &[SectorInfo], label: &str) -> String {
    let counts: Vec<(&str, usize)> = cell
        .sector_counts
        .iter()
        .map(|(s, n)| (sector_color(sectors, *s), *n))
        .collect();
    let (half, c) = (donut::SIZE / 2.0, donut::circumference());
    let mut arcs = String::new();
    for (color, len, offset) in donut::arcs(&counts) {
        arcs.push_str(&format!(
            r#"<circle r="{}" cx="{half}" cy="{half}" fill="none" stroke="{color}" stroke-width="{}" stroke-dasharray="{len:.2} {c:.2}" stroke-dashoffset="{offset:.2}" transform="rotate(-90 {half} {half})"/>"#,
            donut::RADIUS,
            donut::WIDTH
        ));
    }
    format!(
        r##"<svg width="{s}" height="{s}" viewBox="0 0 {s} {s}" role="img" aria-label="{n} {label}"><circle r="{}" cx="{half}" cy="{half}" fill="#fff"/>{arcs}<text x="{half}" y="{}" text-anchor="middle" font-size="{}" font-weight="700" fill="{}">{n}</text></svg>"##,
        donut::HOLE,
        half + donut::FONT_SIZE / 3.0,
        donut::FONT_SIZE,
        donut::TEXT,
        s = donut::SIZE,
        n = cell.count,
    )
}

impl ClusterLayer {
    pub fn new(map: &Map) -> Self {
        let group = leaflet::feature_group().add_to(map);
        let target: Map = AsRef::<JsValue>::as_ref(map).clone().unchecked_into();
        let on_click = Closure::<dyn Fn(JsValue)>::new(move |ev: JsValue| {
            let bbox = js_sys::Reflect::get(&ev, &"layer".into())
                .and_then(|l| js_sys::Reflect::get(&l, &"options".into()))
                .and_then(|o| js_sys::Reflect::get(&o, &"cellBounds".into()));
            if let Some(bbox) = bbox.ok().filter(|b| !b.is_undefined()) {
                target.fit_bounds(&bbox);
            }
        });
        group.on_layer("click", on_click.as_ref().unchecked_ref());
        ClusterLayer {
            group,
            _on_click: on_click,
        }
    }

    pub fn clear(&self) {
        self.group.clear_layers();
    }

    /// Draws the cells of several sites (noting each in `drawn`); returns the entity ids of
    /// single-site cells, which the caller draws as ordinary markers.
    pub fn show(
        &self,
        cells: &ClustersAnswer,
        sectors: &[SectorInfo],
        lang: Lang,
        drawn: &mut LegendRows,
    ) -> Vec<String> {
        self.clear();
        let mut singles = Vec::new();
        for cell in &cells.clusters {
            if cell.count <= 1 {
                singles.extend(cell.entity_id.clone());
                continue;
            }
            drawn.donut(cell);
            let icon = leaflet::div_icon(&options(&[
                (
                    "html",
                    donut_svg(cell, sectors, tr!(lang, cluster_of)).into(),
                ),
                ("className", "cluster-icon".into()),
                (
                    "iconSize",
                    js_sys::Array::of2(&donut::SIZE.into(), &donut::SIZE.into()).into(),
                ),
            ]));
            let [w, s, e, n] = cell.bbox;
            let bounds = js_sys::Array::of2(&lat_lng(w, s), &lat_lng(e, n));
            let marker_options = options(&[
                ("icon", icon),
                ("cellBounds", bounds.into()),
                ("keyboard", true.into()),
                ("title", cell.count.to_string().into()),
                ("alt", cell.count.to_string().into()),
            ]);
            leaflet::marker(&lat_lng(cell.lon, cell.lat), &marker_options)
                .add_to_group(&self.group);
        }
        singles
    }
}

/// The clusters URL for the map's current view and the filters.
pub fn clusters_url(map: &Map, filters: &str) -> String {
    let zoom = map
        .get_zoom()
        .floor()
        .clamp(0.0, crate::model::params::MAX_ZOOM);
    let bbox = map.get_bounds().to_bbox_string();
    format!("/api/v1/clusters?bbox={bbox}&zoom={zoom}&{filters}")
}

/// The clusters for `url` (from [`clusters_url`]).
pub async fn fetch_clusters(url: &str) -> Result<ClustersAnswer, JsValue> {
    fetch_typed(url).await
}
