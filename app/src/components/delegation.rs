//! Events delegated to a container of markup (`crate::markup`): which marked element, if
//! any, an event happened in.
use leptos::web_sys::Element;

/// The `attr` of the nearest element from `target` upwards that matches `selector`.
pub fn closest_attr(target: &Element, selector: &str, attr: &str) -> Option<String> {
    target.closest(selector).ok().flatten()?.get_attribute(attr)
}
