use leptos::prelude::*;

use super::lang_toggle::LangToggle;
use super::plan_pane::PlanPane;
use crate::model::{Lang, ViewState};
use crate::state::use_view_state;
use crate::tr;

/// `/plan`: the plan to read on its own, every mention a link to the entity on the map.
/// A wasm chunk of its own (`cargo leptos --split`): the map page does not load it.
#[lazy]
pub fn plan_page() -> AnyView {
    view! { <PlanPage /> }.into_any()
}

#[component]
fn PlanPage() -> impl IntoView {
    let view = use_view_state();
    let lang = move || view.state.with(|s| s.lang);
    let to_map = move || {
        ViewState {
            lang: lang(),
            ..ViewState::default()
        }
        .href()
    };
    view! {
        <div class="plan-page" lang=move || tr!(lang(), html_lang)>
            <div class="plan-page-head">
                <h1 lang="zh-CN">{tr!(Lang::Zh, plan.page_title)}</h1>
                <a class="link" href=to_map>{move || tr!(lang(), plan.to_map)}</a>
                <LangToggle />
            </div>
            <PlanPane link=true />
        </div>
    }
}

/// Loads this view's chunk (see `preload_drawn`).
#[cfg(feature = "hydrate")]
pub(crate) async fn preload() {
    __preload_plan_page().await
}
