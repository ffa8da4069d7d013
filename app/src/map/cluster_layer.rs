//! Server clusters at low zoom (`/api/v1/clusters`): each cell of several sites is a donut
//! of its sector mix with the count; clicking one zooms to its cell.
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::leaflet::{self, lat_lng, options, Layer, Map};
use crate::i18n::Lang;
use crate::model::{sector_color, slug, Sector, SectorInfo};
use crate::tr;

pub struct ClusterLayer {
    group: Layer,
    _on_click: Closure<dyn Fn(JsValue)>,
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// The donut: one arc per sector, proportional to its count, around the total.
fn donut(counts: &[(String, f64)], total: f64, count: u64, label: &str) -> String {
    let (r, c) = (15.0_f64, 2.0 * std::f64::consts::PI * 15.0);
    let mut offset = 0.0;
    let mut arcs = String::new();
    for (color, n) in counts {
        let len = c * n / total;
        arcs.push_str(&format!(
            r#"<circle r="{r}" cx="20" cy="20" fill="none" stroke="{color}" stroke-width="7" stroke-dasharray="{len:.2} {c:.2}" stroke-dashoffset="{:.2}" transform="rotate(-90 20 20)"/>"#,
            -offset
        ));
        offset += len;
    }
    format!(
        r##"<svg width="40" height="40" viewBox="0 0 40 40" role="img" aria-label="{count} {label}"><circle r="11" cx="20" cy="20" fill="#fff"/>{arcs}<text x="20" y="24" text-anchor="middle" font-size="12" font-weight="700" fill="#222">{count}</text></svg>"##
    )
}

impl ClusterLayer {
    pub fn new(map: &Map) -> Self {
        let group = leaflet::feature_group().add_to(map);
        let target: Map = AsRef::<JsValue>::as_ref(map).clone().unchecked_into();
        let on_click = Closure::<dyn Fn(JsValue)>::new(move |ev: JsValue| {
            let bbox = get(&get(&get(&ev, "layer"), "options"), "cellBounds");
            if !bbox.is_undefined() {
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

    /// Draws the cells of several sites; returns the entity ids of single-site cells,
    /// which the caller draws as ordinary markers.
    pub fn show(&self, cells: &JsValue, sectors: &[SectorInfo], lang: Lang) -> Vec<String> {
        self.clear();
        let mut singles = Vec::new();
        let cells: js_sys::Array = get(cells, "clusters").dyn_into().unwrap_or_default();
        for cell in cells.iter() {
            let count = get(&cell, "count").as_f64().unwrap_or(0.0);
            if count <= 1.0 {
                singles.extend(get(&cell, "entity_id").as_string());
                continue;
            }
            let per_sector = get(&cell, "sector_counts");
            let counts: Vec<(String, f64)> = Sector::ALL
                .iter()
                .filter_map(|s| {
                    let n = get(&per_sector, &slug(s)).as_f64()?;
                    Some((sector_color(sectors, *s).to_string(), n))
                })
                .collect();
            let total: f64 = counts.iter().map(|(_, n)| n).sum();
            let b: js_sys::Array = get(&cell, "bbox").dyn_into().unwrap_or_default();
            let (w, s, e, n) = (
                b.get(0).as_f64(),
                b.get(1).as_f64(),
                b.get(2).as_f64(),
                b.get(3).as_f64(),
            );
            let (Some(w), Some(s), Some(e), Some(n)) = (w, s, e, n) else {
                continue;
            };
            let icon = leaflet::div_icon(&options(&[
                (
                    "html",
                    donut(&counts, total.max(1.0), count as u64, tr!(lang, cluster_of)).into(),
                ),
                ("className", "cluster-icon".into()),
                (
                    "iconSize",
                    js_sys::Array::of2(&40.into(), &40.into()).into(),
                ),
            ]));
            let bounds = js_sys::Array::of2(&lat_lng(w, s), &lat_lng(e, n));
            let (lon, lat) = (
                get(&cell, "lon").as_f64().unwrap_or(w),
                get(&cell, "lat").as_f64().unwrap_or(s),
            );
            let marker_options = options(&[
                ("icon", icon),
                ("cellBounds", bounds.into()),
                ("keyboard", true.into()),
                ("title", format!("{count}").into()),
                ("alt", format!("{count}").into()),
            ]);
            leaflet::marker(&lat_lng(lon, lat), &marker_options).add_to_group(&self.group);
        }
        singles
    }
}

/// The clusters URL for the map's current view and the filters.
pub fn clusters_url(map: &Map, filters: &str) -> String {
    let zoom = map.get_zoom().floor().clamp(0.0, 20.0);
    let bbox = map.get_bounds().to_bbox_string();
    format!("/api/v1/clusters?bbox={bbox}&zoom={zoom}&{filters}")
}
