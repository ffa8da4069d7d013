use leptos::prelude::*;

use crate::model::Lang;
use crate::state::use_view_state;
use crate::tr;

/// Switches every label and entity name between Chinese and English.
#[component]
pub fn LangToggle() -> impl IntoView {
    let view = use_view_state();
    let lang = move || view.state.with(|s| s.lang);
    let toggle = move |_| {
        let next = if lang() == Lang::Zh {
            Lang::En
        } else {
            Lang::Zh
        };
        view.update(false, |s| s.lang = next);
    };
    view! {
        <button class="lang-toggle" type="button" on:click=toggle lang=move || if lang() == Lang::Zh { "en" } else { "zh" }>
            {move || tr!(lang(), switch_lang)}
        </button>
    }
}
