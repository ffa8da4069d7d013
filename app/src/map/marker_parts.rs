//! The pieces of one entity's marker that are built per entity, not per site: its radius,
//! kind badge, second-sector ring and the line joining its sites.
use wasm_bindgen::JsValue;

use super::leaflet::{self, lat_lng, options, Layer};
use crate::i18n::Lang;
use crate::model::{slug, tier_radius, Entity, Sector};

/// The marker's radius in pixels: its tier's, larger when selected.
pub fn radius_of(e: &Entity, selected: Option<&str>) -> f64 {
    let bump = if Some(e.id.as_str()) == selected {
        3.0
    } else {
        0.0
    };
    tier_radius(e.props.tier) + bump
}

/// Options of the kind badge at the marker's upper right. It ignores the pointer, so the
/// marker underneath keeps its clicks, hover and tooltip.
pub fn kind_badge(e: &Entity, radius: f64, lang: Lang) -> JsValue {
    let icon = leaflet::div_icon(&options(&[
        (
            "className",
            format!("kind-badge kind-{}", slug(&e.props.kind)).into(),
        ),
        ("html", crate::i18n::kind_badge(lang, e.props.kind).into()),
        (
            "iconSize",
            js_sys::Array::of2(&14.into(), &14.into()).into(),
        ),
        (
            "iconAnchor",
            js_sys::Array::of2(&(4.0 - radius).into(), &(radius + 7.0).into()).into(),
        ),
    ]));
    options(&[
        ("icon", icon),
        ("interactive", false.into()),
        ("keyboard", false.into()),
    ])
}

/// Options of the outer ring in a second sector's colour; it ignores the pointer so clicks
/// and hover still reach the marker underneath.
pub fn sector_ring(second: &Sector, color: &str, radius: f64) -> JsValue {
    options(&[
        ("radius", (radius + 3.0).into()),
        ("fill", false.into()),
        ("color", color.into()),
        ("weight", 2.5.into()),
        ("interactive", false.into()),
        (
            "className",
            format!("sector-ring sector-{}", slug(second)).into(),
        ),
    ])
}

/// The dashed line through a multi-site entity's sites (not yet on the map); `None` for a
/// single site.
pub fn site_link(e: &Entity, color: &str) -> Option<Layer> {
    if e.props.members.len() < 2 {
        return None;
    }
    let line: js_sys::Array = e.sites().map(|(lon, lat)| lat_lng(lon, lat)).collect();
    let style = options(&[
        ("color", color.into()),
        ("weight", 3.0.into()),
        ("dashArray", "4 4".into()),
        ("opacity", 0.9.into()),
        ("interactive", false.into()),
        ("className", "entity-link".into()),
        ("entityId", e.id.clone().into()),
    ]);
    Some(leaflet::polyline(&line.into(), &style))
}
