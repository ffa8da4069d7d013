use leptos::prelude::*;

use super::atlas_page::SearchResource;
use crate::i18n::{city_name, Lang};
use crate::state::use_view_state;

/// Suggestions shown under the search box.
const MAX_SUGGESTIONS: usize = 8;

/// Search by Chinese name, pinyin (full or initials) or English. Typing filters the list and
/// the map and offers the best matches as suggestions (an ARIA combobox): arrow keys move,
/// Enter or a click picks one, which opens its detail and flies the map to it.
#[component]
pub fn SearchBox() -> impl IntoView {
    let view = use_view_state();
    let search = expect_context::<SearchResource>();
    let strings = move || view.state.with(|s| s.lang).strings();
    let value = move || view.state.with(|s| s.query.q.clone().unwrap_or_default());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    // The ids on offer, in order, as last rendered (the suggestions are the search's first
    // results, which the server orders by text rank, so no second request is needed). Not a
    // signal: the key handler reads it, nothing re-renders from it.
    let offered = StoredValue::new(Vec::<String>::new());
    let pick = move |id: String| {
        open.set(false);
        active.set(None);
        view.update(false, |s| s.selected = Some(id));
    };
    let on_input = move |ev| {
        let text: String = event_target_value(&ev);
        let q = text
            .trim()
            .chars()
            .take(crate::model::MAX_Q_CHARS)
            .collect::<String>();
        open.set(!q.is_empty());
        active.set(None);
        view.update(true, |s| {
            s.query.q = (!q.is_empty()).then_some(q);
            s.selected = None;
        });
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let ids = offered.get_value();
        let last = ids.len().checked_sub(1);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if !ids.is_empty() => {
                ev.prevent_default();
                open.set(true);
                let down = ev.key() == "ArrowDown";
                active.update(|a| {
                    *a = match (*a, down) {
                        (None, true) => Some(0),
                        (None, false) => last,
                        (Some(i), true) => Some((i + 1).min(last.unwrap_or(0))),
                        (Some(i), false) => Some(i.saturating_sub(1)),
                    }
                });
            }
            "Enter" if open.get_untracked() && !ids.is_empty() => {
                ev.prevent_default();
                let i = active.get_untracked().unwrap_or(0);
                if let Some(id) = ids.get(i) {
                    pick(id.clone());
                }
            }
            "Escape" => open.set(false),
            _ => {}
        }
    };
    let suggestions = move || {
        Suspend::new(async move {
            let page = search.await.ok()?;
            let lang = view.state.with_untracked(|s| s.lang);
            offered.set_value(
                page.entities
                    .iter()
                    .take(MAX_SUGGESTIONS)
                    .map(|e| e.id.clone())
                    .collect(),
            );
            let items = page
                .entities
                .into_iter()
                .take(MAX_SUGGESTIONS)
                .enumerate()
                .map(|(i, e)| {
                    let (name, other) = match lang {
                        Lang::Zh => (e.props.name_zh, e.props.name_en),
                        Lang::En => (e.props.name_en, e.props.name_zh),
                    };
                    let cities: Vec<String> =
                        e.props.cities.iter().map(|c| city_name(lang, c)).collect();
                    let id = e.id;
                    view! {
                        <li
                            id=format!("suggestion-{i}")
                            role="option"
                            class="suggestion"
                            data-id=id.clone()
                            aria-selected=move || if active.get() == Some(i) { "true" } else { "false" }
                            // mousedown, not click: it comes before the input's blur.
                            on:mousedown=move |ev| {
                                ev.prevent_default();
                                pick(id.clone());
                            }
                        >
                            <span class="suggestion-name">{name}</span>
                            <span class="suggestion-meta">{other} " · " {cities.join("、")}</span>
                        </li>
                    }
                })
                .collect_view();
            Some(
                view! { <ul id="search-suggestions" role="listbox" class="suggestions">{items}</ul> },
            )
        })
    };
    view! {
        <div class="search" role="search">
            <label class="visually-hidden" for="search-input">{move || strings().search_label}</label>
            <input
                id="search-input"
                type="search"
                role="combobox"
                autocomplete="off"
                aria-autocomplete="list"
                aria-controls="search-suggestions"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-activedescendant=move || active.get().map(|i| format!("suggestion-{i}"))
                placeholder=move || strings().search_placeholder
                prop:value=value
                on:input=on_input
                on:keydown=on_key
                on:blur=move |_| open.set(false)
            />
            <Show when=move || open.get()>
                <Transition fallback=|| ()>{suggestions}</Transition>
            </Show>
        </div>
    }
}
