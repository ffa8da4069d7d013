use leptos::prelude::*;

use crate::state::use_view_state;

/// Search by Chinese name, pinyin (full or initials) or English; typing filters the list
/// and the map, and Enter on the input selects the best match.
#[component]
pub fn SearchBox() -> impl IntoView {
    let view = use_view_state();
    let strings = move || view.state.with(|s| s.lang).strings();
    let value = move || view.state.with(|s| s.query.q.clone().unwrap_or_default());
    let on_input = move |ev| {
        let text: String = event_target_value(&ev);
        let q = text
            .trim()
            .chars()
            .take(crate::model::MAX_Q_CHARS)
            .collect::<String>();
        view.update(true, |s| {
            s.query.q = (!q.is_empty()).then_some(q);
            s.selected = None;
        });
    };
    view! {
        <div class="search" role="search">
            <label class="visually-hidden" for="search-input">{move || strings().search_label}</label>
            <input
                id="search-input"
                type="search"
                autocomplete="off"
                placeholder=move || strings().search_placeholder
                prop:value=value
                on:input=on_input
            />
        </div>
    }
}
