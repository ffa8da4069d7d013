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
    // Name search (`q=`, with suggestions) or industry search (`industry=`, ranked by the
    // plan's passages); a filled `industry=` is industry mode whatever was chosen.
    let chosen = RwSignal::new(false);
    let industry = move || chosen.get() || view.state.with(|s| s.query.industry.is_some());
    let value = move || {
        view.state.with(|s| {
            let text = if industry() {
                &s.query.industry
            } else {
                &s.query.q
            };
            text.clone().unwrap_or_default()
        })
    };
    let set_mode = move |to_industry: bool| {
        chosen.set(to_industry);
        view.update(false, |s| {
            let q = &mut s.query;
            let text = q.q.take().or(q.industry.take());
            if to_industry {
                q.industry = text;
            } else {
                q.q = text;
            }
        });
    };
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
        let by_industry = industry();
        open.set(!q.is_empty() && !by_industry);
        active.set(None);
        view.update(true, |s| {
            let text = (!q.is_empty()).then_some(q);
            if by_industry {
                s.query.industry = text;
            } else {
                s.query.q = text;
            }
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
    let shown = move || open.get() && !industry() && offered.with(|o| !o.is_empty());
    let placeholder = move || {
        if industry() {
            tr!(lang(), search.industry_placeholder)
        } else {
            tr!(lang(), search_placeholder)
        }
    };
    let mode = move |to_industry: bool| {
        let label = move || {
            if to_industry {
                tr!(lang(), search.mode_industry)
            } else {
                tr!(lang(), search.mode_name)
            }
        };
        view! {
            <button type="button" class="search-mode" data-mode=if to_industry { "industry" } else { "name" }
                aria-pressed=move || (industry() == to_industry).to_string() on:click=move |_| set_mode(to_industry)>
                {label}
            </button>
        }
    };
    view! {
        <div class="search" role="search">
            <div class="search-modes" role="group" aria-label=move || tr!(lang(), search.mode)>
                {mode(false)}
                {mode(true)}
            </div>
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
                placeholder=placeholder
                title=move || industry().then(|| tr!(lang(), search.industry_hint))
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
