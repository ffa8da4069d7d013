//! Minimal wasm-bindgen bindings to the parts of Leaflet 1.9 we use (global `L`,
//! loaded by a classic script in the shell).
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen]
extern "C" {
    pub type Map;
    #[wasm_bindgen(js_namespace = L, js_name = map)]
    pub fn map(el: &HtmlElement, options: &JsValue) -> Map;
    #[wasm_bindgen(method, js_name = fitBounds)]
    pub fn fit_bounds(this: &Map, bounds: &JsValue) -> Map;
    #[wasm_bindgen(method, js_name = invalidateSize)]
    pub fn invalidate_size(this: &Map) -> Map;
    #[wasm_bindgen(method, js_name = getZoom)]
    pub fn get_zoom(this: &Map) -> f64;
    #[wasm_bindgen(method)]
    pub fn remove(this: &Map) -> Map;
    #[wasm_bindgen(method, js_name = setView)]
    pub fn set_view(this: &Map, center: &JsValue, zoom: f64) -> Map;
    #[wasm_bindgen(method, js_name = flyTo)]
    pub fn fly_to(this: &Map, center: &JsValue, zoom: f64) -> Map;
    #[wasm_bindgen(method, js_name = flyToBounds)]
    pub fn fly_to_bounds(this: &Map, bounds: &JsValue, options: &JsValue) -> Map;
    #[wasm_bindgen(method, js_name = getBounds)]
    pub fn get_bounds(this: &Map) -> Bounds;
    #[wasm_bindgen(method, js_name = getCenter)]
    pub fn get_center(this: &Map) -> JsValue;
    #[wasm_bindgen(method)]
    pub fn on(this: &Map, event: &str, handler: &js_sys::Function) -> Map;
    #[wasm_bindgen(method, js_name = createPane)]
    pub fn create_pane(this: &Map, name: &str) -> JsValue;

    pub type Bounds;
    #[wasm_bindgen(method, js_name = toBBoxString)]
    pub fn to_bbox_string(this: &Bounds) -> String;

    pub type Layer;
    #[wasm_bindgen(js_namespace = L, js_name = geoJSON)]
    pub fn geo_json(data: &JsValue, options: &JsValue) -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = tileLayer)]
    pub fn tile_layer(url: &str, options: &JsValue) -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = tooltip)]
    pub fn tooltip(options: &JsValue) -> Layer;
    #[wasm_bindgen(method, js_name = setLatLng)]
    pub fn set_lat_lng(this: &Layer, lat_lng: &JsValue) -> Layer;
    #[wasm_bindgen(method, js_name = setContent)]
    pub fn set_content(this: &Layer, content: &str) -> Layer;
    #[wasm_bindgen(method, js_name = addTo)]
    pub fn add_to(this: &Layer, map: &Map) -> Layer;
    #[wasm_bindgen(method, js_name = addTo)]
    pub fn add_to_group(this: &Layer, group: &Layer) -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = featureGroup)]
    pub fn feature_group() -> Layer;
    #[wasm_bindgen(method, js_name = removeLayer)]
    pub fn remove_layer(this: &Layer, layer: &Layer) -> Layer;
    #[wasm_bindgen(method, js_name = clearLayers)]
    pub fn clear_layers(this: &Layer) -> Layer;
    #[wasm_bindgen(method, js_name = on)]
    pub fn on_layer(this: &Layer, event: &str, handler: &js_sys::Function) -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = circleMarker)]
    pub fn circle_marker(lat_lng: &JsValue, options: &JsValue) -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = polyline)]
    pub fn polyline(lat_lngs: &JsValue, options: &JsValue) -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = marker)]
    pub fn marker(lat_lng: &JsValue, options: &JsValue) -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = divIcon)]
    pub fn div_icon(options: &JsValue) -> JsValue;
    #[wasm_bindgen(method, js_name = getElement)]
    pub fn get_element(this: &Layer) -> JsValue;
    #[wasm_bindgen(method, js_name = bindTooltip)]
    pub fn bind_tooltip(this: &Layer, content: &str, options: &JsValue) -> Layer;

    pub type Control;
    #[wasm_bindgen(js_namespace = ["L", "control"], js_name = scale)]
    pub fn scale(options: &JsValue) -> Control;
    #[wasm_bindgen(js_namespace = ["L", "control"], js_name = attribution)]
    pub fn attribution(options: &JsValue) -> Control;
    #[wasm_bindgen(method, js_name = addTo)]
    pub fn add_to(this: &Control, map: &Map) -> Control;

    #[wasm_bindgen(js_namespace = L, js_name = svg)]
    pub fn svg_renderer(options: &JsValue) -> JsValue;
}

/// Builds a plain JS object from key/value pairs (Leaflet takes options objects).
pub fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let obj = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    obj.into()
}

/// `[lat, lon]`, Leaflet's order (GeoJSON is lon, lat).
pub fn lat_lng(lon: f64, lat: f64) -> JsValue {
    js_sys::Array::of2(&lat.into(), &lon.into()).into()
}
