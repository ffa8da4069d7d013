use leptos::prelude::*;

/// The address bar: the page's path and query. The app needs no client-side router: its two pages never
/// link to each other, and every change of view is a change of query on the same path. So
/// this replaces `leptos_router` with the History API, which makes the wasm 12%
/// smaller (BENCHMARKS.md).
#[derive(Clone, Copy)]
pub struct AddressBar {
    /// `/`, `/embed`, or anything else (answered with the 404 page).
    pub path: StoredValue<String>,
    /// The query without its `?`; back and forward (`popstate`) set it too.
    pub query: ReadSignal<String>,
    set_query: WriteSignal<String>,
}

impl AddressBar {
    /// Reads the URL from the request (server) or `window.location` (browser), once per
    /// page, and provides it to every component.
    pub fn provide() -> AddressBar {
        let (path, query) = current();
        let (query, set_query) = signal(query);
        #[cfg(feature = "hydrate")]
        {
            let on_pop = window_event_listener(leptos::ev::popstate, move |_| {
                set_query.set(current().1);
            });
            on_cleanup(move || on_pop.remove());
        }
        let url = AddressBar {
            path: StoredValue::new(path),
            query,
            set_query,
        };
        provide_context(url);
        url
    }

    /// Shows `href` (same path, new query) and records it in history: a new entry, or in
    /// place of the current one when `replace`.
    pub fn go(&self, href: &str, replace: bool) {
        record_in_history(href, replace);
        let query = href.split_once('?').map_or("", |(_, q)| q);
        self.set_query.set(query.to_string());
    }
}

#[cfg(feature = "hydrate")]
fn record_in_history(href: &str, replace: bool) {
    let null = wasm_bindgen::JsValue::NULL;
    if let Ok(history) = window().history() {
        let _ = if replace {
            history.replace_state_with_url(&null, "", Some(href))
        } else {
            history.push_state_with_url(&null, "", Some(href))
        };
    }
}

/// The server renders a URL; it never changes one.
#[cfg(not(feature = "hydrate"))]
fn record_in_history(_href: &str, _replace: bool) {}

/// The page's path and query (without `?`).
#[cfg(feature = "hydrate")]
pub fn current() -> (String, String) {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    (
        location.pathname().unwrap_or_else(|_| "/".into()),
        search.trim_start_matches('?').to_string(),
    )
}

#[cfg(not(feature = "hydrate"))]
fn current() -> (String, String) {
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<http::request::Parts>() {
        return (
            parts.uri.path().to_string(),
            parts.uri.query().unwrap_or_default().to_string(),
        );
    }
    ("/".into(), String::new())
}
