use leptos::prelude::*;

use crate::map::{map_preview::MapPreview, map_view::MapView};
use crate::state::{provide_atlas_data, use_view_state};
use crate::tr;

/// `/embed?…`: only the map, an optional title and a compact legend, for iframes in other
/// sites and slides. Same query parameters as the full map, plus the embed options.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let view = use_view_state();
    provide_atlas_data();
    let lang = move || view.state.with(|s| s.lang);
    let title = move || view.state.with(|s| s.embed.title.clone());
    let full_map = move || view.state.with(|s| s.href());
    let error = move || view.state.with(|s| s.error.clone());
    view! {
        <div class="embed" lang=move || tr!(lang(), html_lang)>
            {move || title().map(|t| view! { <h1 class="embed-title">{t}</h1> })}
            {move || error().map(|e| view! { <p class="url-error" role="alert">{e.to_string()}</p> })}
            <section class="map-area embed-map">
                <MapPreview />
                <MapView embedded=true />
            </section>
            <a class="open-full-map" href=full_map target="_blank" rel="noopener">
                {move || tr!(lang(), share.open_full_map)}
            </a>
        </div>
    }
}
