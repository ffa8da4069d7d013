//! Entity markers: colour = first sector (palette of data/sectors.json), radius and ring =
//! tier; multi-site entities join their sites with a line. One click handler for all.
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::leaflet::{self, lat_lng, options, Layer, Map};
use crate::i18n::Lang;
use crate::model::{slug, Entity, SectorInfo, Tier};

/// The marker group and its click handler (kept alive as long as the group).
pub struct MarkersLayer {
    group: Layer,
    _on_click: Closure<dyn Fn(JsValue)>,
}

fn radius(tier: Tier) -> f64 {
    match tier {
        Tier::National => 9.0,
        Tier::Provincial => 7.0,
        Tier::City => 6.0,
        Tier::None => 5.0,
    }
}

impl MarkersLayer {
    /// An empty group on `map`; clicking a marker calls `on_select` with its entity id.
    pub fn new(map: &Map, on_select: impl Fn(String) + 'static) -> Self {
        let group = leaflet::feature_group().add_to(map);
        let on_click = Closure::<dyn Fn(JsValue)>::new(move |ev: JsValue| {
            let id = js_sys::Reflect::get(&ev, &"layer".into())
                .and_then(|l| js_sys::Reflect::get(&l, &"options".into()))
                .and_then(|o| js_sys::Reflect::get(&o, &"entityId".into()))
                .ok()
                .and_then(|v| v.as_string());
            if let Some(id) = id {
                on_select(id);
            }
        });
        group.on_layer("click", on_click.as_ref().unchecked_ref());
        MarkersLayer {
            group,
            _on_click: on_click,
        }
    }

    /// Replaces the markers with `entities`; `selected` is drawn on top, outlined.
    pub fn draw(
        &self,
        entities: &[Entity],
        sectors: &[SectorInfo],
        selected: Option<&str>,
        lang: Lang,
    ) {
        self.group.clear_layers();
        let color = |e: &Entity| {
            let first = e.props.sectors.first();
            sectors
                .iter()
                .find(|s| Some(&s.id) == first)
                .map_or("#777777".to_string(), |s| s.color.clone())
        };
        let (chosen, rest): (Vec<&Entity>, Vec<&Entity>) = entities
            .iter()
            .partition(|e| Some(e.id.as_str()) == selected);
        for e in rest.into_iter().chain(chosen) {
            let on = Some(e.id.as_str()) == selected;
            let fill = color(e);
            let label = if lang == Lang::Zh {
                &e.props.name_zh
            } else {
                &e.props.name_en
            };
            // Joining the sites of every multi-site entity would criss-cross the province;
            // the selected one shows how its sites belong together.
            if on && e.props.members.len() > 1 {
                let line: js_sys::Array = e.sites().map(|(lon, lat)| lat_lng(lon, lat)).collect();
                let style = options(&[
                    ("color", fill.clone().into()),
                    ("weight", 3.0.into()),
                    ("dashArray", "4 4".into()),
                    ("opacity", 0.9.into()),
                    ("className", "entity-link".into()),
                    ("entityId", e.id.clone().into()),
                ]);
                leaflet::polyline(&line.into(), &style).add_to_group(&self.group);
            }
            for (lon, lat) in e.sites() {
                let class = format!(
                    "entity-marker tier-{} sector-{}{}",
                    slug(&e.props.tier),
                    e.props.sectors.first().map(slug).unwrap_or_default(),
                    if on { " selected" } else { "" }
                );
                let style = options(&[
                    (
                        "radius",
                        (radius(e.props.tier) + if on { 3.0 } else { 0.0 }).into(),
                    ),
                    ("fillColor", fill.clone().into()),
                    ("fillOpacity", 0.9.into()),
                    (
                        "color",
                        (if on {
                            "#111111"
                        } else if e.props.tier == Tier::National {
                            "#222222"
                        } else {
                            "#ffffff"
                        })
                        .into(),
                    ),
                    (
                        "weight",
                        (if on || e.props.tier == Tier::National {
                            2.5
                        } else {
                            1.0
                        })
                        .into(),
                    ),
                    ("className", class.into()),
                    ("entityId", e.id.clone().into()),
                ]);
                leaflet::circle_marker(&lat_lng(lon, lat), &style)
                    .bind_tooltip(label, &options(&[("direction", "top".into())]))
                    .add_to_group(&self.group);
            }
        }
    }
}
