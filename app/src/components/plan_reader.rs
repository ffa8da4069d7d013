use leptos::prelude::*;

use super::lazy_view::lazy_view;
use super::plan_pane::PlanPane;
use crate::model::params::PLAN_PATH;
use crate::model::ViewState;
use crate::state::use_view_state;
use crate::tr;

/// The plan beside the map (`read=`): mentions select on the map, "show on map" filters it.
/// Its code is a wasm chunk of its own (`cargo leptos --split`), loaded when it opens.
#[component]
pub fn PlanReader() -> impl IntoView {
    let view = use_view_state();
    let open = Memo::new(move |_| view.state.with(|s| s.read.is_some()));
    move || open.get().then(|| lazy_view(Box::pin(reader_aside())))
}

#[lazy]
fn reader_aside() -> AnyView {
    view! { <ReaderAside /> }.into_any()
}

#[component]
fn ReaderAside() -> impl IntoView {
    let view = use_view_state();
    let lang = move || view.state.with(|s| s.lang);
    let close = move |_| view.update(false, |s| s.read = None);
    // The same place on the reading page, in the same language.
    let full_page = move || {
        view.state.with(|s| {
            ViewState {
                read: s.read.clone(),
                lang: s.lang,
                ..ViewState::default()
            }
            .href_at(PLAN_PATH)
        })
    };
    view! {
        <aside class="plan-reader" aria-labelledby="plan-reader-title">
            <div class="plan-head">
                <h2 id="plan-reader-title">{move || tr!(lang(), plan.title)}</h2>
                <a class="link" href=full_page>{move || tr!(lang(), plan.full_page)}</a>
                <button type="button" class="link" on:click=close>{move || tr!(lang(), plan.close)}</button>
            </div>
            <PlanPane link=false />
        </aside>
    }
}

/// Loads this view's chunk (see `preload_drawn`).
#[cfg(feature = "hydrate")]
pub(crate) async fn preload() {
    __preload_reader_aside().await
}
