use leptos::prelude::*;

use crate::i18n;
use crate::i18n::city_name;
use crate::markup::print_entries;
use crate::model::ViewState;
use crate::state::use_atlas_data;
use crate::state::use_view_state;
use crate::tr;

/// What only paper shows (see `@media print` in style/main.css): a header with the view's
/// title and the date, and after the map the entities in view with every citation.
/// Rendered in the browser only: it would double the server-rendered page for a view that
/// is rarely printed.
#[component]
pub fn PrintSheet() -> impl IntoView {
    let view = use_view_state();
    let search = use_atlas_data().search;
    let today = RwSignal::new(None::<String>);
    Effect::new(move |_| today.set(Some(local_date())));
    let heading = move || view.state.with(summary);
    // Filled by an effect, i.e. only in the browser, and as one string of markup: a
    // suspense boundary here would cost the wasm more than the rest of the sheet.
    let items = RwSignal::new(String::new());
    Effect::new(move |_| {
        let Some(Ok(page)) = search.get() else { return };
        // The search holds exactly the entities in view.
        let lang = view.state.with(|s| s.lang);
        items.set(print_entries(page.entities.iter(), lang));
    });
    view! {
        <header class="print-header print-only">
            <h1>{move || tr!(view.state.with(|s| s.lang), title)}</h1>
            <p class="print-filters">{heading}</p>
            <p class="print-date">
                {move || tr!(view.state.with(|s| s.lang), share.printed_on)} " "
                {move || today.get()}
            </p>
        </header>
        <section class="print-list print-only">
            <ol class="print-entities" inner_html=move || items.get()></ol>
            <p class="print-source">{move || tr!(view.state.with(|s| s.lang), share.source_line)}</p>
        </section>
    }
}

/// The active filters in words, e.g. "新材料 · 国家级" (or "全部" without filters).
fn summary(s: &ViewState) -> String {
    let lang = s.lang;
    let q = &s.query;
    let mut parts: Vec<String> = Vec::new();
    parts.extend(q.sectors.iter().map(|x| i18n::sector(lang, *x).to_string()));
    parts.extend(q.tiers.iter().map(|x| i18n::tier(lang, *x).to_string()));
    parts.extend(q.kinds.iter().map(|x| i18n::kind(lang, *x).to_string()));
    parts.extend(q.cities.iter().map(|c| city_name(s.lang, c)));
    parts.extend(q.q.iter().map(|x| format!("“{x}”")));
    if parts.is_empty() {
        tr!(lang, share.all_entities).to_string()
    } else {
        parts.join(" · ")
    }
}

#[cfg(feature = "hydrate")]
fn local_date() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

#[cfg(not(feature = "hydrate"))]
fn local_date() -> String {
    String::new()
}
