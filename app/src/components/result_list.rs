use std::sync::Arc;

use leptos::prelude::*;

use super::atlas_page::SearchResource;
use crate::i18n::Lang;
use crate::model::Entity;
use crate::state::{any_inside, use_view_bbox, use_view_state, ViewState};

fn name(e: &Entity, lang: Lang) -> String {
    match lang {
        Lang::Zh => e.props.name_zh.clone(),
        Lang::En => e.props.name_en.clone(),
    }
}

/// Reorders `list` by one of [`ViewState::SORT_KEYS`]. Stable, so ties keep the server's
/// (relevance) order.
fn sort_entities(list: &mut [Entity], key: Option<&str>, lang: Lang) {
    match key {
        Some("name") => list.sort_by_cached_key(|e| name(e, lang).to_lowercase()),
        Some("tier") => list.sort_by_key(|e| e.props.tier),
        Some("kind") => list.sort_by_key(|e| e.props.kind),
        _ => {}
    }
}

/// The entities matching the filters: the accessible alternative to the map. Arrow keys
/// move between rows, Enter opens the detail. Rendered on the server for the URL.
#[component]
pub fn ResultList() -> impl IntoView {
    let view = use_view_state();
    let search = expect_context::<SearchResource>();
    let strings = move || view.state.with(|s| s.lang).strings();
    let sort = Memo::new(move |_| view.state.with(|s| s.sort));
    let bbox = use_view_bbox();
    let select = move |id: String| view.update(false, |s| s.selected = Some(id));
    let on_sort = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        view.update(false, |s| {
            s.sort = ViewState::SORT_KEYS.into_iter().find(|k| *k == v)
        });
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(row) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::Element>(t).ok())
        else {
            return;
        };
        let step = |el: &leptos::web_sys::Element| match ev.key().as_str() {
            "ArrowDown" => el.next_element_sibling(),
            _ => el.previous_element_sibling(),
        };
        if !matches!(ev.key().as_str(), "ArrowDown" | "ArrowUp") {
            return;
        }
        ev.prevent_default();
        // Rows outside the map view are hidden, not removed: skip them.
        let mut next = step(&row);
        while let Some(el) = next.as_ref().filter(|el| el.has_attribute("hidden")) {
            next = step(el);
        }
        if let Some(el) = next
            .and_then(|n| wasm_bindgen::JsCast::dyn_into::<leptos::web_sys::HtmlElement>(n).ok())
        {
            let _ = el.focus();
        }
    };
    let sort_control = move || {
        let t = strings();
        let current = sort.get().unwrap_or_default();
        let options = std::iter::once("")
            .chain(ViewState::SORT_KEYS)
            .zip(t.sort_options)
            .map(
                |(key, label)| view! { <option value=key selected=key == current>{label}</option> },
            )
            .collect_view();
        view! {
            <div class="result-sort">
                <label for="result-sort">{t.sort_label}</label>
                <select id="result-sort" on:change=on_sort>{options}</select>
            </div>
        }
    };
    let rows = move || {
        // Tracked here, outside the Suspend, so a new order re-renders the list.
        let order = sort.get();
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
                Ok(mut p) => {
                    let count = format!("{} {}", p.number_matched, t.results);
                    sort_entities(&mut p.entities, order, lang);
                    let sites: Arc<Vec<Vec<(f64, f64)>>> =
                        Arc::new(p.entities.iter().map(|e| e.sites().collect()).collect());
                    let matched = p.number_matched;
                    let all_sites = sites.clone();
                    let in_view = move || {
                        bbox.get().map(|b| {
                            let n = all_sites.iter().filter(|s| any_inside(b, s)).count();
                            let [a, of, end] = t.in_view;
                            view! { <p class="result-in-view">{format!("{a}{n}{of}{matched}{end}")}</p> }
                        })
                    };
                    let items = p
                        .entities
                        .into_iter()
                        .zip(sites.iter().cloned())
                        .map(|(e, sites)| {
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
                            // Hidden rather than dropped: panning then only flips attributes, so
                            // focus and hover survive it.
                            let out_of_view = move || bbox.get().is_some_and(|b| !any_inside(b, &sites));
                            view! {
                                <li
                                    class="result"
                                    hidden=out_of_view
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
                        {in_view}
                        <ul class="results" on:keydown=on_key>{items}</ul>
                    }
                    .into_any()
                }
            }
        })
    };
    view! {
        <section class="result-list" aria-label=move || strings().results>
            {sort_control}
            <Transition fallback=move || view! { <p class="loading">{strings().loading}</p> }>{rows}</Transition>
        </section>
    }
}
