//! Creating and tearing down the Leaflet map (browser only).
use std::{
    cell::{Cell, RefCell},
    rc::Rc,
};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlElement;

use super::{
    basemap_layer::{self, BasemapLayer},
    cluster_layer::ClusterLayer,
    fetch::fetch_json,
    leaflet::{self, lat_lng, options, Map},
    markers_layer::MarkersLayer,
};
use crate::model::Lang;
use crate::model::{EmbedOptions, Viewport};
use crate::model::{FUJIAN_FRAME, ZOOM_SNAP};
use crate::state::meta;

/// URL of the base map the server validated at start-up, when the shell does not say
/// the versioned one (`atlas-basemap-url`).
const BASEMAP_URL: &str = "/api/v1/basemap.geojson";

/// A live map; dropping it removes the map from the page.
pub struct MapHandle {
    pub map: Map,
    pub markers: MarkersLayer,
    pub clusters: ClusterLayer,
    basemap: Rc<BasemapSlot>,
    _on_move: Closure<dyn Fn(JsValue)>,
    /// Re-measures the map when the page switches to and from the print layout.
    on_print: Closure<dyn Fn(JsValue)>,
}

/// The base map, which arrives after the map is created.
#[derive(Default)]
struct BasemapSlot {
    /// False once the map is gone: a late base map is then dropped, not drawn.
    alive: Cell<bool>,
    lang: Cell<Lang>,
    layer: RefCell<Option<BasemapLayer>>,
}

const PRINT_EVENTS: [&str; 2] = ["beforeprint", "afterprint"];

impl Drop for MapHandle {
    fn drop(&mut self) {
        self.basemap.alive.set(false);
        if let Some(w) = web_sys::window() {
            for event in PRINT_EVENTS {
                let _ = w.remove_event_listener_with_callback(
                    event,
                    self.on_print.as_ref().unchecked_ref(),
                );
            }
        }
        self.map.remove();
    }
}

/// How close the map flies to a chosen entity: streets and parks become readable.
const SHOW_ZOOM: f64 = 11.0;

impl MapHandle {
    /// Names the cities and regions in `lang` (now, or when the base map arrives).
    pub fn set_lang(&self, lang: Lang) {
        self.basemap.lang.set(lang);
        if let Some(layer) = self.basemap.layer.borrow().as_ref() {
            layer.relabel(lang);
        }
    }

    /// Flies to a chosen entity's sites, framed in the part of the map the detail panel
    /// leaves visible: zoomed in on one site, or fitting them all.
    pub fn show_sites(&self, sites: &[(f64, f64)], container: &HtmlElement) {
        if sites.is_empty() {
            return;
        }
        let corners = js_sys::Array::new();
        for (lon, lat) in sites {
            corners.push(&lat_lng(*lon, *lat));
        }
        let max_zoom = match sites {
            [_] => self.map.get_zoom().max(SHOW_ZOOM),
            _ => SHOW_ZOOM,
        };
        let ((l, t), (r, b)) = clear_of_panel(container);
        let pair = |x: f64, y: f64| js_sys::Array::of2(&x.into(), &y.into());
        self.map.fly_to_bounds(
            &corners,
            &options(&[
                ("maxZoom", max_zoom.into()),
                ("paddingTopLeft", pair(l, t).into()),
                ("paddingBottomRight", pair(r, b).into()),
            ]),
        );
    }
}

/// Padding (top-left, bottom-right) in px that keeps fitted sites out from under the detail
/// panel: beside it on a wide screen, above it where it is a bottom sheet (phones).
fn clear_of_panel(container: &HtmlElement) -> ((f64, f64), (f64, f64)) {
    const MARGIN: f64 = 40.0;
    let plain = ((MARGIN, MARGIN), (MARGIN, MARGIN));
    let Some(panel) = leptos::prelude::document()
        .query_selector(".detail")
        .ok()
        .flatten()
    else {
        return plain;
    };
    let (map, p) = (
        container.get_bounding_client_rect(),
        panel.get_bounding_client_rect(),
    );
    let sheet = p.width() >= 0.9 * map.width();
    let (right, bottom) = if sheet {
        (MARGIN, (map.bottom() - p.top()).max(0.0) + MARGIN)
    } else {
        ((map.right() - p.left()).max(0.0) + MARGIN, MARGIN)
    };
    ((MARGIN, MARGIN), (right, bottom))
}

fn current_viewport(map: &Map) -> Option<Viewport> {
    let c = map.get_center();
    let get = |k: &str| js_sys::Reflect::get(&c, &k.into()).ok()?.as_f64();
    Some(Viewport {
        lon: get("lng")?,
        lat: get("lat")?,
        zoom: map.get_zoom(),
    })
}

/// Creates the map in `el` at `initial` (else framing Fujian and the Taiwan Strait), loads
/// the base map, and reports marker clicks and finished moves. `look` says whether to show
/// zoom buttons and whether the view may move (embedded maps can be locked).
pub fn mount(
    el: &HtmlElement,
    initial: Option<Viewport>,
    look: &EmbedOptions,
    on_select: impl Fn(String) + 'static,
    on_hover: impl Fn(Option<String>) + 'static,
    on_move: impl Fn(Viewport) + 'static,
    on_city: impl Fn(String) + 'static,
) -> MapHandle {
    let map = leaflet::map(
        el,
        &options(&[
            ("renderer", leaflet::svg_renderer(&JsValue::UNDEFINED)),
            ("minZoom", 5.into()),
            ("maxZoom", 16.into()),
            ("zoomSnap", ZOOM_SNAP.into()),
            ("attributionControl", false.into()),
            ("zoomControl", (look.controls && look.interactive).into()),
            ("dragging", look.interactive.into()),
            ("touchZoom", look.interactive.into()),
            ("scrollWheelZoom", look.interactive.into()),
            ("doubleClickZoom", look.interactive.into()),
            ("boxZoom", look.interactive.into()),
            ("keyboard", look.interactive.into()),
        ]),
    );
    let prefix = r#"<a href="https://leafletjs.com">Leaflet</a>"#;
    leaflet::attribution(&options(&[("prefix", prefix.into())])).add_to(&map);
    match initial {
        Some(v) => {
            map.set_view(&lat_lng(v.lon, v.lat), v.zoom);
        }
        None => {
            let [w, s, e, n] = FUJIAN_FRAME;
            let bounds = js_sys::Array::of2(&lat_lng(w, s), &lat_lng(e, n));
            map.fit_bounds(&bounds.into());
        }
    }
    leaflet::scale(&options(&[("imperial", false.into())])).add_to(&map);
    if let Some(url) = meta("atlas-tile-url") {
        let attribution = meta("atlas-tile-attribution").unwrap_or_default();
        leaflet::tile_layer(&url, &options(&[("attribution", attribution.into())])).add_to(&map);
    }
    let basemap = Rc::new(BasemapSlot {
        alive: Cell::new(true),
        ..BasemapSlot::default()
    });
    spawn_local(load_basemap(
        map.clone().unchecked_into(),
        el.clone(),
        basemap.clone(),
        on_city,
    ));
    let markers = MarkersLayer::new(&map, on_select, on_hover);
    let clusters = ClusterLayer::new(&map);
    let moved: Map = map.clone().unchecked_into();
    let on_move = Closure::<dyn Fn(JsValue)>::new(move |_| {
        if let Some(v) = current_viewport(&moved) {
            on_move(v);
        }
    });
    map.on("moveend", on_move.as_ref().unchecked_ref());
    let printed: Map = map.clone().unchecked_into();
    let on_print = Closure::<dyn Fn(JsValue)>::new(move |_| {
        printed.invalidate_size();
    });
    if let Some(w) = web_sys::window() {
        for event in PRINT_EVENTS {
            let _ = w.add_event_listener_with_callback(event, on_print.as_ref().unchecked_ref());
        }
    }
    MapHandle {
        map,
        markers,
        clusters,
        basemap,
        _on_move: on_move,
        on_print,
    }
}

async fn load_basemap(
    map: Map,
    el: HtmlElement,
    slot: Rc<BasemapSlot>,
    on_city: impl Fn(String) + 'static,
) {
    let url = meta("atlas-basemap-url").unwrap_or_else(|| BASEMAP_URL.into());
    let Ok(data) = fetch_json(&url).await else {
        let _ = el.set_attribute("data-basemap-error", "true");
        return;
    };
    if !slot.alive.get() {
        return;
    }
    let layer = basemap_layer::add(&map, &data, slot.lang.get(), on_city);
    let _ = el.set_attribute("data-basemap-cities", &layer.city_count.to_string());
    // Its callbacks must live as long as the map: the handle keeps them.
    slot.layer.replace(Some(layer));
}
