use leptos::prelude::*;

use super::delegation::closest_attr;
use crate::i18n::city_name;
use crate::markup::{suggestion_items, Suggestion};
use crate::state::use_atlas_data;
use crate::state::use_view_state;
use crate::tr;

/// Search by Chinese name, pinyin (full or initials) or English. Typing filters the list and
/// the map and offers the best matches as suggestions (an ARIA combobox): arrow keys move,
/// Enter or a click picks one, which opens its detail and flies the map to it.
#[component]
pub fn SearchBox() -> impl IntoView {
    let view = use_view_state();
    let search = use_atlas_data().search;
    let lang = move || view.state.with(|s| s.lang);
    let value = move || view.state.with(|s| s.query.q.clone().unwrap_or_default());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    // The search's best matches anywhere are the suggestions (the server orders them by
    // text rank), so no second request is needed. Filled by an effect: only the browser
    // needs them.
    let offered = RwSignal::new(Vec::<Suggestion>::new());
    Effect::new(move |_| {
        let Some(Ok(page)) = search.get() else { return };
        let lang = view.state.with(|s| s.lang);
        let items = page.top.iter().map(|e| {
            let (name, other) = lang.pick(&e.name_zh, &e.name_en);
            let cities: Vec<String> = e.cities.iter().map(|c| city_name(lang, c)).collect();
            Suggestion {
                id: e.id.clone(),
                name: name.clone(),
                meta: format!("{other} · {}", cities.join("、")),
            }
        });
        offered.set(items.collect());
    });
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
        let count = offered.with_untracked(Vec::len);
        let last = count.saturating_sub(1);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if count > 0 => {
                ev.prevent_default();
                open.set(true);
                let down = ev.key() == "ArrowDown";
                active.update(|a| {
                    *a = Some(match (*a, down) {
                        (None, true) => 0,
                        (None, false) => last,
                        (Some(i), true) => (i + 1).min(last),
                        (Some(i), false) => i.saturating_sub(1),
                    })
                });
            }
            "Enter" if open.get_untracked() && count > 0 => {
                ev.prevent_default();
                let i = active.get_untracked().unwrap_or(0);
                if let Some(s) = offered.with_untracked(|o| o.get(i).cloned()) {
                    pick(s.id);
                }
            }
            // First Escape closes the list; the next one clears the box (the browser's own).
            "Escape" if open.get_untracked() => {
                ev.prevent_default();
                open.set(false);
            }
            _ => {}
        }
    };
    // mousedown, not click: it comes before the input's blur.
    let on_choose = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let target = event_target::<leptos::web_sys::Element>(&ev);
        if let Some(id) = closest_attr(&target, "[data-id]", "data-id") {
            pick(id);
        }
    };
    let shown = move || open.get() && offered.with(|o| !o.is_empty());
    view! {
        <div class="search" role="search">
            <label class="visually-hidden" for="search-input">{move || tr!(lang(), search_label)}</label>
            <input
                id="search-input"
                type="search"
                role="combobox"
                autocomplete="off"
                aria-autocomplete="list"
                aria-controls="search-suggestions"
                aria-expanded=move || if shown() { "true" } else { "false" }
                aria-activedescendant=move || active.get().map(|i| format!("suggestion-{i}"))
                placeholder=move || tr!(lang(), search_placeholder)
                prop:value=value
                on:input=on_input
                on:keydown=on_key
                on:blur=move |_| open.set(false)
            />
            <ul
                id="search-suggestions"
                role="listbox"
                class="suggestions"
                hidden=move || !shown()
                on:mousedown=on_choose
                inner_html=move || offered.with(|o| suggestion_items(o, active.get()))
            ></ul>
        </div>
    }
}
