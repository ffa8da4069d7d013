//! Entity markers: colour = first sector (palette of data/sectors.json), radius and ring =
//! tier, a one-character badge = kind; a selected or hovered multi-site entity joins its
//! sites with a line.
//! One click handler for all.
use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::leaflet::{self, lat_lng, options, Layer, Map};
use super::marker_parts::{kind_badge, reviewed_dot, sector_ring, site_link};
use crate::model::{
    sector_color, wire_name, Entity, Lang, LegendRows, MarkerLook, Sector, SectorInfo,
    MARKER_FILL_OPACITY, NO_SECTOR_COLOR,
};

/// The marker group and its click handler (kept alive as long as the group).
pub struct MarkersLayer {
    group: Layer,
    /// Each entity's marker elements, so hovering restyles them without a redraw (a
    /// redraw under the pointer would swallow the click).
    elements: RefCell<HashMap<String, Vec<web_sys::Element>>>,
    /// The line joining each multi-site entity's sites, shown while it is hovered.
    links: RefCell<HashMap<String, Layer>>,
    lit: RefCell<Option<String>>,
    _handlers: [Closure<dyn Fn(JsValue)>; 3],
}

/// The entity id a marker event came from.
fn entity_of(ev: &JsValue) -> Option<String> {
    js_sys::Reflect::get(ev, &"layer".into())
        .and_then(|l| js_sys::Reflect::get(&l, &"options".into()))
        .and_then(|o| js_sys::Reflect::get(&o, &"entityId".into()))
        .ok()
        .and_then(|v| v.as_string())
}

impl MarkersLayer {
    /// An empty group on `map`; clicking a marker calls `on_select` with its entity id,
    /// pointing at one calls `on_hover` with it (and with `None` on leaving).
    pub fn new(
        map: &Map,
        on_select: impl Fn(String) + 'static,
        on_hover: impl Fn(Option<String>) + 'static,
    ) -> Self {
        let group = leaflet::feature_group().add_to(map);
        let on_hover = std::rc::Rc::new(on_hover);
        let leave = on_hover.clone();
        let handlers = [
            Closure::<dyn Fn(JsValue)>::new(move |ev: JsValue| {
                if let Some(id) = entity_of(&ev) {
                    on_select(id);
                }
            }),
            Closure::<dyn Fn(JsValue)>::new(move |ev: JsValue| on_hover(entity_of(&ev))),
            Closure::<dyn Fn(JsValue)>::new(move |_| leave(None)),
        ];
        for (event, handler) in ["click", "mouseover", "mouseout"].iter().zip(&handlers) {
            group.on_layer(event, handler.as_ref().unchecked_ref());
        }
        MarkersLayer {
            group,
            elements: RefCell::default(),
            links: RefCell::default(),
            lit: RefCell::default(),
            _handlers: handlers,
        }
    }

    /// Marks the markers of `id` (and only those) as hovered, joining its sites.
    pub fn highlight(&self, id: Option<&str>) {
        let (elements, links) = (self.elements.borrow(), self.links.borrow());
        let mut lit = self.lit.borrow_mut();
        if let Some(old) = lit.as_deref() {
            for el in elements.get(old).into_iter().flatten() {
                let _ = el.class_list().remove_1("hovered");
            }
            if let Some(link) = links.get(old) {
                self.group.remove_layer(link);
            }
        }
        if let Some(new) = id {
            for el in elements.get(new).into_iter().flatten() {
                let _ = el.class_list().add_1("hovered");
            }
            if let Some(link) = links.get(new) {
                link.add_to_group(&self.group);
            }
        }
        *lit = id.map(str::to_owned);
    }

    /// Replaces the markers with `entities` (noting each in `drawn`); `selected` is drawn
    /// on top, outlined, with its sites joined.
    pub fn draw(
        &self,
        entities: &[Entity],
        sectors: &[SectorInfo],
        selected: Option<&str>,
        lang: Lang,
        drawn: &mut LegendRows,
    ) {
        self.elements.borrow_mut().clear();
        self.links.borrow_mut().clear();
        *self.lit.borrow_mut() = None;
        self.group.clear_layers();
        let color_of = |sector: Option<&Sector>| {
            sector
                .map_or(NO_SECTOR_COLOR, |s| sector_color(sectors, *s))
                .to_string()
        };
        let color = |e: &Entity| color_of(e.props.sectors.first());
        let lit = |e: &Entity| Some(e.id.as_str()) == selected;
        let (chosen, rest): (Vec<&Entity>, Vec<&Entity>) = entities.iter().partition(|e| lit(e));
        for e in rest.into_iter().chain(chosen) {
            let on = lit(e);
            let fill = color(e);
            let (name, _) = lang.pick(&e.props.name_zh, &e.props.name_en);
            let label = format!("{name} · {}", crate::i18n::kind(lang, e.props.kind));
            let look = MarkerLook::of(e.props.tier, on);
            let badge = kind_badge(e, look, lang);
            let ring = e
                .props
                .sectors
                .get(1)
                .map(|second| sector_ring(second, &color_of(Some(second)), look));
            drawn.marker(e);
            // Joining the sites of every multi-site entity would criss-cross the province:
            // the selected one shows how its sites belong together, a hovered one while
            // the pointer is on it (see `highlight`).
            if let Some(link) = site_link(e, &fill) {
                if on {
                    link.add_to_group(&self.group);
                } else {
                    self.links.borrow_mut().insert(e.id.clone(), link);
                }
            }
            for (lon, lat) in e.sites() {
                let class = format!(
                    "entity-marker tier-{} sector-{}{}",
                    wire_name(&e.props.tier),
                    e.props.sectors.first().map(wire_name).unwrap_or_default(),
                    if on { " selected" } else { "" }
                );
                let style = options(&[
                    ("radius", look.radius.into()),
                    ("fillColor", fill.clone().into()),
                    ("fillOpacity", MARKER_FILL_OPACITY.into()),
                    ("color", look.stroke.into()),
                    ("weight", look.stroke_width.into()),
                    ("className", class.into()),
                    ("entityId", e.id.clone().into()),
                ]);
                let marker = leaflet::circle_marker(&lat_lng(lon, lat), &style)
                    .bind_tooltip(&label, &options(&[("direction", "top".into())]))
                    .add_to_group(&self.group);
                if let Some(ring) = &ring {
                    leaflet::circle_marker(&lat_lng(lon, lat), ring).add_to_group(&self.group);
                }
                if e.props.site_reviewed() {
                    leaflet::circle_marker(&lat_lng(lon, lat), &reviewed_dot())
                        .add_to_group(&self.group);
                }
                leaflet::marker(&lat_lng(lon, lat), &badge).add_to_group(&self.group);
                if let Ok(el) = marker.get_element().dyn_into::<web_sys::Element>() {
                    self.elements
                        .borrow_mut()
                        .entry(e.id.clone())
                        .or_default()
                        .push(el);
                }
            }
        }
    }
}
