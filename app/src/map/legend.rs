use leptos::prelude::*;

use crate::markup::legend_items;
use crate::state::{use_atlas_data, use_view_state};
use crate::tr;

/// What the map shows right now: exactly the symbols it drew (sector colours, tier sizes,
/// kind badges, cluster donuts), as the image export's legend lists them. Empty on the
/// server, which draws no map.
#[component]
pub fn Legend() -> impl IntoView {
    let view = use_view_state();
    let data = use_atlas_data();
    let lang = move || view.state.with(|s| s.lang);
    let items = move || {
        let colors = data.sectors.get().and_then(Result::ok).unwrap_or_default();
        data.drawn.with(|rows| legend_items(rows, &colors, lang()))
    };
    view! {
        <details class="legend" open>
            <summary>{move || tr!(lang(), legend)}</summary>
            <div class="legend-body" inner_html=items></div>
        </details>
    }
}
