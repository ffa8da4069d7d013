use leptos::prelude::*;

use crate::model::preview_href;
use crate::state::use_view_state;

/// The first view as a picture the server drew (`/api/v1/preview.svg`), over the map's
/// place until Leaflet has drawn base map and markers (style/main.css then hides it). It
/// comes first in the page, so the browser paints it before parsing the list; only the URL
/// the page opened with gets one.
#[component]
pub fn MapPreview() -> impl IntoView {
    let view = use_view_state();
    let (src, fit) = view.state.with_untracked(|s| {
        // With `at` the picture is drawn at the map's own scale; without, it is Fujian's
        // frame, scaled to fit as Leaflet fits it.
        let fit = if s.viewport.is_some() {
            "none"
        } else {
            "contain"
        };
        (preview_href(s), fit)
    });
    view! { <img class="map-preview" src=src data-fit=fit alt="" aria-hidden="true" fetchpriority="high" elementtiming="map-preview" /> }
}
