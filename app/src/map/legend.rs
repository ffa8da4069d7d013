use leptos::prelude::*;

use crate::markup::legend_items;
use crate::state::{use_atlas_data, use_view_state, Fold};
use crate::tr;

/// Wider than a phone: the legend is open on first load (`style/main.css` agrees).
const OPEN_FROM: &str = "(min-width: 701px)";

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
    // Folded on phones, where it would cover much of the map; open elsewhere.
    let fold = Fold::new(OPEN_FROM);
    view! {
        <section class="legend" data-fold=move || fold.attr(None) aria-labelledby="legend-toggle">
            <h2 class="fold-head">
                <button type="button" id="legend-toggle" class="fold-toggle" aria-controls="legend-body"
                    aria-expanded=move || fold.expanded(None).to_string() on:click=move |_| { fold.toggle(None); }>
                    {move || tr!(lang(), legend)}
                </button>
            </h2>
            <div id="legend-body" class="fold-body legend-body" inner_html=items></div>
        </section>
    }
}
