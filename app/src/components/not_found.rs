use leptos::prelude::*;

use crate::model::Lang::{En, Zh};
use crate::tr;

/// Shown for unknown routes, in both languages (a bad link may have lost its `lang`); answers HTTP 404 when rendered on the server.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
            resp.set_status(http::StatusCode::NOT_FOUND);
        }
    }
    view! {
        <section class="not-found">
            <h1>"404 · " {tr!(Zh, not_found)} " · " {tr!(En, not_found)}</h1>
            <p>
                <a href="/">{tr!(Zh, back_to_map)} " · " {tr!(En, back_to_map)}</a>
            </p>
        </section>
    }
}
