//! The pieces of one entity's marker that are built per entity, not per site: its kind
//! badge, second-sector ring and the line joining its sites.
use wasm_bindgen::JsValue;

use super::leaflet::{self, lat_lng, options, Layer};
use crate::model::{
    badge_css, wire_name, Entity, Lang, MarkerLook, Sector, BADGE_SIZE, REVIEWED_DOT_COLOR,
    REVIEWED_DOT_RADIUS, RING_GAP, RING_WIDTH,
};

/// Options of the kind badge at the marker's upper right. It ignores the pointer, so the
/// marker underneath keeps its clicks, hover and tooltip.
pub fn kind_badge(e: &Entity, look: MarkerLook, lang: Lang) -> JsValue {
    let (dx, dy) = look.badge_offset();
    let half = BADGE_SIZE / 2.0;
    let glyph = crate::i18n::kind_badge(lang, e.props.kind);
    let icon = leaflet::div_icon(&options(&[
        (
            "className",
            format!("kind-badge kind-{}", wire_name(&e.props.kind)).into(),
        ),
        (
            "html",
            format!(
                r#"<span class="badge-box" style="{}">{glyph}</span>"#,
                badge_css()
            )
            .into(),
        ),
        (
            "iconSize",
            js_sys::Array::of2(&BADGE_SIZE.into(), &BADGE_SIZE.into()).into(),
        ),
        (
            "iconAnchor",
            js_sys::Array::of2(&(half - dx).into(), &(half - dy).into()).into(),
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
pub fn sector_ring(second: &Sector, color: &str, look: MarkerLook) -> JsValue {
    options(&[
        ("radius", (look.radius + RING_GAP).into()),
        ("fill", false.into()),
        ("color", color.into()),
        ("weight", RING_WIDTH.into()),
        ("interactive", false.into()),
        (
            "className",
            format!("sector-ring sector-{}", wire_name(second)).into(),
        ),
    ])
}

/// Options of the dot a reviewed site carries at its centre (it ignores the pointer).
pub fn reviewed_dot() -> JsValue {
    options(&[
        ("radius", REVIEWED_DOT_RADIUS.into()),
        ("stroke", false.into()),
        ("fillColor", REVIEWED_DOT_COLOR.into()),
        ("fillOpacity", 1.0.into()),
        ("interactive", false.into()),
        ("className", "reviewed-dot".into()),
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
