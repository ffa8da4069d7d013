//! The offline base map: city polygons, 平潭, neighbouring provinces and Taiwan, with labels.
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::leaflet::{self, lat_lng, options, Layer, Map};
use crate::i18n::city_name;
use crate::model::Lang;
use crate::model::{escape_markup, RegionKind, BASEMAP_ATTRIBUTION, REGION_STROKE};

/// Everything the base map adds, kept so its callbacks outlive `L.geoJSON`.
pub struct BasemapLayer {
    _style: Closure<dyn Fn(JsValue) -> JsValue>,
    _on_click: Closure<dyn Fn(JsValue)>,
    pub city_count: usize,
    /// Each label with the Chinese name it shows in the UI language, and its look.
    labels: Vec<(String, RegionKind, Layer)>,
}

impl BasemapLayer {
    /// Names every city and region in `lang`.
    pub fn relabel(&self, lang: Lang) {
        for (name, kind, label) in &self.labels {
            label.set_content(&label_html(*kind, &city_name(lang, name)));
        }
    }
}

fn prop(feature: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(feature, &"properties".into())
        .and_then(|p| js_sys::Reflect::get(&p, &key.into()))
        .unwrap_or(JsValue::UNDEFINED)
}

fn style_for(kind: &str, adcode: &str) -> JsValue {
    let look = RegionKind::from_name(kind).look();
    options(&[
        // The adcode lets tests (and stylesheets) address one city's polygon.
        (
            "className",
            format!("{} adcode-{adcode}", look.class).into(),
        ),
        ("color", REGION_STROKE.into()),
        ("weight", look.stroke_width.into()),
        ("dashArray", look.dash.map_or(JsValue::NULL, JsValue::from)),
        ("fillColor", look.fill.into()),
        ("fillOpacity", 1.0.into()),
    ])
}

/// A label's text in its region's look.
fn label_html(kind: RegionKind, name: &str) -> String {
    let css = kind.look().label_css();
    format!(r#"<span style="{css}">{}</span>"#, escape_markup(name))
}

/// Leaflet panes below the markers (z-index set in style/main.css), so polygons and their
/// labels never cover an entity, whichever finishes loading first.
const POLYGON_PANE: &str = "basemap";
const LABEL_PANE: &str = "basemaplabels";

/// Draws `data` (the base-map FeatureCollection) on `map`; clicking a city or 平潭 calls
/// `on_city` with its name (context provinces are not clickable in effect).
pub fn add(
    map: &Map,
    data: &JsValue,
    lang: Lang,
    on_city: impl Fn(String) + 'static,
) -> BasemapLayer {
    map.create_pane(POLYGON_PANE);
    map.create_pane(LABEL_PANE);
    let style = Closure::<dyn Fn(JsValue) -> JsValue>::new(|f: JsValue| {
        let text = |key: &str| prop(&f, key).as_string().unwrap_or_default();
        style_for(&text("kind"), &text("adcode"))
    });
    let layer_options = options(&[
        ("style", style.as_ref().clone()),
        ("attribution", BASEMAP_ATTRIBUTION.into()),
        ("pane", POLYGON_PANE.into()),
    ]);
    let on_click = Closure::<dyn Fn(JsValue)>::new(move |ev: JsValue| {
        let feature = js_sys::Reflect::get(&ev, &"layer".into())
            .and_then(|l| js_sys::Reflect::get(&l, &"feature".into()))
            .unwrap_or(JsValue::UNDEFINED);
        let kind = prop(&feature, "kind").as_string().unwrap_or_default();
        if let (true, Some(name)) = (
            kind == "city" || kind == "pingtan",
            prop(&feature, "name_zh").as_string(),
        ) {
            on_city(name);
        }
    });
    leaflet::geo_json(data, &layer_options)
        .add_to(map)
        .on_layer("click", on_click.as_ref().unchecked_ref());

    let features: js_sys::Array = js_sys::Reflect::get(data, &"features".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .unwrap_or_default();
    let mut city_count = 0;
    let mut labels = Vec::new();
    for feature in features.iter() {
        let kind = prop(&feature, "kind").as_string().unwrap_or_default();
        let name = prop(&feature, "name_zh").as_string().unwrap_or_default();
        let label: js_sys::Array = prop(&feature, "label").dyn_into().unwrap_or_default();
        let (Some(lon), Some(lat)) = (label.get(0).as_f64(), label.get(1).as_f64()) else {
            continue;
        };
        city_count += usize::from(kind == "city");
        let region = RegionKind::from_name(&kind);
        let label = label_layer(&kind)
            .set_lat_lng(&lat_lng(lon, lat))
            .set_content(&label_html(region, &city_name(lang, &name)))
            .add_to(map);
        labels.push((name, region, label));
    }
    BasemapLayer {
        _style: style,
        _on_click: on_click,
        city_count,
        labels,
    }
}

fn label_layer(kind: &str) -> Layer {
    let class = format!("basemap-label {kind}-label");
    let direction = if kind == "pingtan" { "right" } else { "center" };
    leaflet::tooltip(&options(&[
        ("permanent", true.into()),
        ("direction", direction.into()),
        ("className", class.into()),
        ("interactive", false.into()),
        ("pane", LABEL_PANE.into()),
    ]))
}
