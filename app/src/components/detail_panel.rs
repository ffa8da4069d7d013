use leptos::prelude::*;

use super::delegation::closest_attr;
use crate::markup::{curation_links, detail_body};
use crate::model::StaffView;
use crate::state::use_atlas_data;
use crate::state::use_view_state;
use crate::tr;

/// Everything known about the selected entity, with every citation in the plan's words.
#[component]
pub fn DetailPanel() -> impl IntoView {
    let view = use_view_state();
    let selected = move || view.state.with(|s| s.selected.clone());
    let detail = use_atlas_data().detail;
    let can_suggest = use_context::<StaffView>().is_some_and(|s| s.can_suggest);
    let close = move |_| view.update(false, |s| s.selected = None);
    // Related entities are buttons in the markup carrying their id; citations, their passage.
    let go = move |ev: leptos::ev::MouseEvent| {
        let target = event_target::<leptos::web_sys::Element>(&ev);
        if let Some(id) = closest_attr(&target, "button[data-id]", "data-id") {
            view.update(false, |s| s.selected = Some(id));
        } else if let Some(passage) = closest_attr(&target, "button[data-read]", "data-read") {
            view.update(false, |s| s.read = Some(passage));
        }
    };
    let body = move || {
        Suspend::new(async move {
            let lang = view.state.with_untracked(|s| s.lang);
            match detail.await {
                Ok(Some(d)) => {
                    let links = curation_links(&d.entity.id, lang, can_suggest);
                    let html = detail_body(&d, lang) + &links;
                    Some(view! { <div on:click=go inner_html=html></div> }.into_any())
                }
                Ok(None) => None,
                Err(e) => Some(view! { <p role="alert">{e.to_string()}</p> }.into_any()),
            }
        })
    };
    view! {
        <Show when=move || selected().is_some()>
            <aside class="detail" aria-label=move || tr!(view.state.with(|s| s.lang), detail) tabindex="-1">
                <button type="button" class="detail-close" on:click=close aria-label=move || tr!(view.state.with(|s| s.lang), close)>
                    "×"
                </button>
                <Transition fallback=|| ()>{body}</Transition>
            </aside>
        </Show>
    }
}
