use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::keep_focus::KeepFocus;
use crate::i18n;
use crate::markup::result_rows;
use crate::model::Entity;
use crate::model::Lang;
use crate::model::ViewState;
use crate::state::use_atlas_data;
use crate::state::use_view_state;
use crate::tr;

/// The list row an event happened in.
fn row_of(ev: &leptos::web_sys::Event) -> Option<leptos::web_sys::Element> {
    ev.target()?
        .dyn_into::<leptos::web_sys::Element>()
        .ok()?
        .closest("li.result")
        .ok()?
}

/// Calls `f` with every row of the list and its entity id.
fn for_each_row(mut f: impl FnMut(&leptos::web_sys::Element, &str)) {
    let Some(list) = document().query_selector(".results").ok().flatten() else {
        return;
    };
    let mut row = list.first_element_child();
    while let Some(r) = row {
        if let Some(id) = r.get_attribute("data-id") {
            f(&r, &id);
        }
        row = r.next_element_sibling();
    }
}

fn name(e: &Entity, lang: Lang) -> String {
    lang.pick(&e.props.name_zh, &e.props.name_en).0.clone()
}

/// Reorders `list` by one of [`ViewState::SORT_KEYS`]. Stable, so ties keep the server's
/// (relevance) order. ASCII case folding is enough (the English names are ASCII; Chinese
/// has no case) and spares the wasm the Unicode case tables.
fn sort_entities(list: &mut [Entity], key: Option<&str>, lang: Lang) {
    match key {
        Some("name") => list.sort_by_cached_key(|e| name(e, lang).to_ascii_lowercase()),
        Some("tier") => list.sort_by_key(|e| e.props.tier),
        Some("kind") => list.sort_by_key(|e| e.props.kind),
        _ => {}
    }
}

/// The entities matching the filters in the map's view: the accessible alternative to the map. Arrow keys
/// move between rows, Enter opens the detail. Rendered on the server for the URL.
#[component]
pub fn ResultList() -> impl IntoView {
    let view = use_view_state();
    let search = use_atlas_data().search;
    let lang = move || view.state.with(|s| s.lang);
    let sort = Memo::new(move |_| view.state.with(|s| s.sort));
    let bbox = use_atlas_data().bbox;
    let select = move |id: String| view.update(false, |s| s.selected = Some(id));
    let on_sort = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        view.update(false, |s| {
            s.sort = ViewState::SORT_KEYS.into_iter().find(|k| *k == v)
        });
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(row) = row_of(&ev) else { return };
        let step = |el: &leptos::web_sys::Element| match ev.key().as_str() {
            "ArrowDown" => el.next_element_sibling(),
            _ => el.previous_element_sibling(),
        };
        match ev.key().as_str() {
            "Enter" => {
                if let Some(id) = row.get_attribute("data-id") {
                    select(id);
                }
            }
            "ArrowDown" | "ArrowUp" => {
                ev.prevent_default();
                if let Some(el) =
                    step(&row).and_then(|n| n.dyn_into::<leptos::web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            }
            _ => {}
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(id) = row_of(&ev).and_then(|r| r.get_attribute("data-id")) {
            select(id);
        }
    };
    let on_over = move |ev: leptos::ev::MouseEvent| {
        let id = row_of(&ev).and_then(|r| r.get_attribute("data-id"));
        if id.is_some() && view.hovered.with_untracked(|h| *h != id) {
            view.hovered.set(id);
        }
    };
    // A move re-renders the rows (the search holds only what is in view).
    let focus = KeepFocus::new(".results", "data-id");
    // Hovering (here or on a marker) only moves a class, so the pointer's row survives it.
    Effect::new(move |_| {
        let hovered = view.hovered.get();
        for_each_row(|row, id| {
            let _ = row
                .class_list()
                .toggle_with_force("hovered", hovered.as_deref() == Some(id));
        });
    });
    let sort_control = move || {
        let lang = lang();
        let current = sort.get();
        let options = std::iter::once(None)
            .chain(ViewState::SORT_KEYS.map(Some))
            .map(|key| {
                let label = i18n::sort_label(lang, key);
                view! { <option value=key.unwrap_or_default() selected=key == current>{label}</option> }
            })
            .collect_view();
        view! {
            <div class="result-sort">
                <label for="result-sort">{tr!(lang, sort_label)}</label>
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
            match page {
                Err(e) => {
                    view! { <p class="list-error" role="alert">{e.to_string()}</p> }.into_any()
                }
                Ok(p) if p.number_matched == 0 => view! {
                    <div class="empty">
                        <p>{tr!(lang, no_results)}</p>
                        <button type="button" class="clear-filters" on:click=move |_| view.update(false, ViewState::clear_filters)>
                            {tr!(lang, clear_all)}
                        </button>
                    </div>
                }
                .into_any(),
                Ok(mut p) => {
                    let count = format!("{} {}", p.number_matched, tr!(lang, results));
                    sort_entities(&mut p.entities, order, lang);
                    // The search holds only what the map shows; say so once it is limited.
                    let in_view = bbox.get_untracked().map(|_| {
                        let text = tr!(
                            lang,
                            in_view,
                            shown = p.entities.len(),
                            total = p.number_matched
                        );
                        view! { <p class="result-in-view">{text.to_string()}</p> }
                    });
                    let none_here = p
                        .entities
                        .is_empty()
                        .then(|| view! { <p class="empty">{tr!(lang, none_in_view)}</p> });
                    let rows = result_rows(&p.entities, &p.evidence, lang, selected.as_deref());
                    view! {
                        <p class="result-count" aria-live="polite">{count}</p>
                        {in_view}
                        {none_here}
                        <ul
                            class="results"
                            on:keydown=on_key
                            on:focusin=move |ev| focus.on_focus(ev)
                            on:focusout=move |ev| focus.on_blur(ev)
                            on:click=on_click
                            on:mouseover=on_over
                            on:mouseleave=move |_| view.hovered.set(None)
                            inner_html=rows
                        ></ul>
                    }
                    .into_any()
                }
            }
        })
    };
    view! {
        <section class="result-list" aria-label=move || tr!(lang(), results)>
            {sort_control}
            <Transition fallback=move || view! { <p class="loading">{tr!(lang(), loading)}</p> }>{rows}</Transition>
        </section>
    }
}
