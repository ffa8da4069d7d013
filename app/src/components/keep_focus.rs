//! Markup re-rendered for new search results (the list's rows, rewritten as `inner_html`)
//! replaces the element that had the keyboard's focus. This gives the focus back to the new
//! element with the same key, e.g. after Enter on a row flew the map to a new view.
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::delegation::closest_attr;
use crate::state::use_atlas_data;

/// Remembers, by the value of its `attr`, which element inside `scope` (a CSS selector) had
/// the focus, and after every new search result puts the focus back on the element there
/// with that value, if the focus was lost (left on the page) rather than moved on. Values
/// are our own ids and wire names, which need no CSS escaping.
#[derive(Clone, Copy)]
pub struct KeepFocus {
    scope: &'static str,
    attr: &'static str,
    key: StoredValue<Option<String>>,
}

impl KeepFocus {
    pub fn new(scope: &'static str, attr: &'static str) -> Self {
        let search = use_atlas_data().search;
        let this = KeepFocus {
            scope,
            attr,
            key: StoredValue::new(None),
        };
        Effect::new(move |_| {
            search.track();
            request_animation_frame(move || this.restore());
        });
        this
    }

    /// For the container's `focusin`.
    pub fn on_focus(self, ev: leptos::ev::FocusEvent) {
        let target = event_target::<leptos::web_sys::Element>(&ev);
        let key = closest_attr(&target, &format!("[{}]", self.attr), self.attr);
        self.key.set_value(key);
    }

    /// For the container's `focusout`: focus moved on to something else on purpose (it was
    /// not lost with a removed element).
    pub fn on_blur(self, ev: leptos::ev::FocusEvent) {
        if ev.related_target().is_some() {
            self.key.set_value(None);
        }
    }

    fn restore(self) {
        let lost = document()
            .active_element()
            .is_none_or(|el| el.tag_name() == "BODY");
        let Some(key) = self.key.get_value().filter(|_| lost) else {
            return;
        };
        let selector = format!("{} [{}=\"{key}\"]", self.scope, self.attr);
        if let Some(el) = document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<leptos::web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    }
}
