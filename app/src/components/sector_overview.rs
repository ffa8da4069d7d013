use std::collections::BTreeSet;

use leptos::prelude::*;

use super::lazy_view::lazy_view;
use crate::api::get_indicators;
use crate::markup::sector_tables;
use crate::model::Panel;
use crate::model::Sector;
use crate::state::use_atlas_data;
use crate::state::use_view_state;
use crate::tr;

/// The plan's eight fields with their 2025 targets (each a button to its filtered map),
/// and 表1's indicators. Shown when the URL says `panel=sectors`. The tables are markup
/// (`crate::markup`); their buttons are handled here by delegation.
#[component]
pub fn SectorOverview() -> impl IntoView {
    let view = use_view_state();
    let open = Memo::new(move |_| view.state.with(|s| s.panel == Panel::Sectors));
    move || open.get().then(|| lazy_view(Box::pin(overview_tables())))
}

/// Its own wasm chunk: the first page rarely opens it.
#[lazy]
fn overview_tables() -> AnyView {
    view! { <SectorTables /> }.into_any()
}

#[component]
fn SectorTables() -> impl IntoView {
    let view = use_view_state();
    let lang = move || view.state.with(|s| s.lang);
    let show = move |ev: leptos::ev::MouseEvent| {
        let target = event_target::<leptos::web_sys::Element>(&ev);
        let Some(row) = target
            .closest(".sector-link")
            .ok()
            .flatten()
            .and_then(|b| b.closest("tr").ok().flatten())
        else {
            return;
        };
        let name = row.get_attribute("data-sector").unwrap_or_default();
        if let Some(s) = Sector::ALL
            .into_iter()
            .find(|s| crate::model::wire_name(s) == name)
        {
            view.update(false, |v| {
                v.query.sectors = BTreeSet::from([s]);
                v.panel = Panel::List;
            })
        }
    };
    // Created only once the panel opens, so the default page never fetches 表1.
    let sectors = use_atlas_data().sectors;
    let indicators = Resource::new(|| (), |_| get_indicators());
    let tables = move || {
        Suspend::new(async move {
            let lang = view.state.with_untracked(|s| s.lang);
            match (sectors.await, indicators.await) {
                (Ok(infos), Ok(rows)) => view! {
                    <div on:click=show inner_html=sector_tables(&infos, &rows, lang)></div>
                }
                .into_any(),
                (Err(e), _) | (_, Err(e)) => {
                    view! { <p class="list-error" role="alert">{e.to_string()}</p> }.into_any()
                }
            }
        })
    };
    view! {
        <section id="sector-overview" class="sector-overview" aria-label=move || tr!(lang(), sector_overview)>
            <Transition fallback=move || view! { <p class="loading">{tr!(lang(), loading)}</p> }>{tables}</Transition>
        </section>
    }
}

/// Loads this view's chunk (see `preload_drawn`).
#[cfg(feature = "hydrate")]
pub(crate) async fn preload() {
    __preload_overview_tables().await
}
