use leptos::prelude::*;

/// Shown for unknown routes; answers HTTP 404 when rendered on the server.
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
            <h1>"404 · 页面不存在 · Page not found"</h1>
            <p>
                <a href="/">"返回地图 · Back to the map"</a>
            </p>
        </section>
    }
}
