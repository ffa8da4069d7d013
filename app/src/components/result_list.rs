use leptos::prelude::*;

use super::atlas_page::SearchResource;
use crate::i18n::Lang;
use crate::model::Entity;
use crate::state::use_view_state;

fn name(e: &Entity, lang: Lang) -> String {
    match lang {
        Lang::Zh => e.props.name_zh.clone(),
        Lang::En => e.props.name_en.clone(),
    }
}

/// The entities matching the filters: the accessible alternative to the map. Arrow keys
/// move between rows, Enter opens the detail. Rendered on the server for the URL.
#[component]
pub fn ResultList() -> impl IntoView {
    let view = use_view_state();
    let search = expect_context::<SearchResource>();
    let strings = move || view.state.with(|s| s.lang).strings();
    let select = move |id: String| view.update(false, |s| s.selected = Some(id));
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(row) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::Element>(t).ok())
        else {
            return;
        };
        let next = match ev.key().as_str() {
            "ArrowDown" => row.next_element_sibling(),
            "ArrowUp" => row.previous_element_sibling(),
            _ => return,
        };
        ev.prevent_default();
        if let Some(el) = next
            .and_then(|n| wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::HtmlElement>(n).ok())
        {
            let _ = el.focus();
        }
    };
    let rows = move || {
        Suspend::new(async move {
            let page = search.await;
            let (lang, selected) = view.state.with_untracked(|s| (s.lang, s.selected.clone()));
            let t = lang.strings();
            match page {
                Err(e) => {
                    view! { <p class="list-error" role="alert">{e.to_string()}</p> }.into_any()
                }
                Ok(p) if p.entities.is_empty() => view! {
                    <p class="empty">{t.no_results}</p>
                }
                .into_any(),
                Ok(p) => {
                    let count = format!("{} {}", p.number_matched, t.results);
                    let items = p
                        .entities
                        .into_iter()
                        .map(|e| {
                            let id = e.id.clone();
                            let on = selected.as_deref() == Some(e.id.as_str());
                            let sector = e.props.sectors.first().map(crate::model::slug).unwrap_or_default();
                            let activate = {
                                let id = id.clone();
                                move |_| select(id.clone())
                            };
                            let on_enter = {
                                let id = id.clone();
                                move |ev: leptos::ev::KeyboardEvent| {
                                    if ev.key() == "Enter" {
                                        select(id.clone())
                                    }
                                }
                            };
                            let (enter, row_id) = (id.clone(), id.clone());
                            view! {
                                <li
                                    class="result"
                                    class:hovered=move || view.hovered.with(|h| h.as_deref() == Some(row_id.as_str()))
                                    on:mouseenter=move |_| view.hovered.set(Some(enter.clone()))
                                    on:mouseleave=move |_| view.hovered.set(None)
                                    class:selected=on tabindex="0" data-id=id.clone() data-sector=sector on:click=activate on:keydown=on_enter aria-current=on.then_some("true")>
                                    <span class="result-name">{name(&e, lang)}</span>
                                    <span class="result-meta">{t.kind(e.props.kind)} " · " {t.tier(e.props.tier)}</span>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <p class="result-count" aria-live="polite">{count}</p>
                        <ul class="results" on:keydown=on_key>{items}</ul>
                    }
                    .into_any()
                }
            }
        })
    };
    view! {
        <section class="result-list" aria-label=move || strings().results>
            <Transition fallback=move || view! { <p class="loading">{strings().loading}</p> }>{rows}</Transition>
        </section>
    }
}
