//! Creating and tearing down the Leaflet map (browser only).
use std::{cell::Cell, rc::Rc};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlElement;

use super::{
    basemap_layer,
    leaflet::{self, lat_lng, options, Map},
};

/// URL of the base map the server validated at start-up.
const BASEMAP_URL: &str = "/api/v1/basemap.geojson";

/// A live map; dropping it removes the map from the page.
pub struct MapHandle {
    map: Map,
    alive: Rc<Cell<bool>>,
}

impl Drop for MapHandle {
    fn drop(&mut self) {
        self.alive.set(false);
        self.map.remove();
    }
}

fn meta(name: &str) -> Option<String> {
    let el = document()
        .query_selector(&format!("meta[name='{name}']"))
        .ok()??;
    el.get_attribute("content").filter(|c| !c.is_empty())
}

fn document() -> web_sys::Document {
    leptos::prelude::document()
}

/// Creates the map in `el`, framing Fujian and the Taiwan Strait, and loads the base map.
pub fn mount(el: &HtmlElement) -> MapHandle {
    let map = leaflet::map(
        el,
        &options(&[
            ("renderer", leaflet::svg_renderer(&JsValue::UNDEFINED)),
            ("minZoom", 5.into()),
            ("maxZoom", 16.into()),
            ("zoomSnap", 0.25.into()),
            ("attributionControl", false.into()),
        ]),
    );
    let prefix = r#"<a href="https://leafletjs.com">Leaflet</a>"#;
    leaflet::attribution(&options(&[("prefix", prefix.into())])).add_to(&map);
    let bounds = js_sys::Array::of2(&lat_lng(115.8, 21.9), &lat_lng(122.1, 28.4));
    map.fit_bounds(&bounds.into());
    leaflet::scale(&options(&[("imperial", false.into())])).add_to(&map);
    if let Some(url) = meta("atlas-tile-url") {
        let attribution = meta("atlas-tile-attribution").unwrap_or_default();
        leaflet::tile_layer(&url, &options(&[("attribution", attribution.into())])).add_to(&map);
    }
    let alive = Rc::new(Cell::new(true));
    spawn_local(load_basemap(
        map.clone().unchecked_into(),
        el.clone(),
        alive.clone(),
    ));
    MapHandle { map, alive }
}

async fn load_basemap(map: Map, el: HtmlElement, alive: Rc<Cell<bool>>) {
    let Ok(data) = fetch_json(BASEMAP_URL).await else {
        let _ = el.set_attribute("data-basemap-error", "true");
        return;
    };
    if !alive.get() {
        return;
    }
    let layer = basemap_layer::add(&map, &data);
    let _ = el.set_attribute("data-basemap-cities", &layer.city_count.to_string());
    // The style closure must live as long as the layer, i.e. until the page goes away.
    std::mem::forget(layer);
}

async fn fetch_json(url: &str) -> Result<JsValue, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let resp: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await?
        .dyn_into()?;
    if !resp.ok() {
        return Err(resp.status().into());
    }
    JsFuture::from(resp.json()?).await
}
