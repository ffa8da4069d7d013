use leptos::prelude::*;

use crate::model::params::CSS_DPI;
use crate::model::{preview_href, PreviewFormat};
use crate::state::use_view_state;

/// The first view as a picture the server drew (`/api/v1/preview.png`, twice the pixels on
/// a screen of two device pixels per CSS pixel), over the map's place until Leaflet has
/// drawn base map and markers (style/main.css then hides it). It comes first in the page
/// and is a raster, decoded off the main thread, so the page's first frame shows it; only
/// the URL the page opened with gets one.
#[component]
pub fn MapPreview() -> impl IntoView {
    let view = use_view_state();
    let (src, srcset, fit) = view.state.with_untracked(|s| {
        // With `at` the picture is drawn at the map's own scale; without, it is Fujian's
        // frame, scaled to fit as Leaflet fits it.
        let fit = if s.viewport.is_some() {
            "none"
        } else {
            "contain"
        };
        let at = |dpi| preview_href(s, PreviewFormat::Png, dpi);
        let srcset = format!("{} 1x, {} 2x", at(None), at(Some((2.0 * CSS_DPI) as u32)));
        (at(None), srcset, fit)
    });
    view! { <img class="map-preview" src=src srcset=srcset data-fit=fit alt="" aria-hidden="true" fetchpriority="high" elementtiming="map-preview" /> }
}
