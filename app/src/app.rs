use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::components::atlas_page::AtlasPage;
use crate::components::{
    embed_page::EmbedPage, header::Header, not_found::NotFound, share_dialog::ShareDialog,
};

/// The application: the full map and the embeddable map (`/embed`, no header or panels),
/// and a marker the browser tests wait for.
#[component]
pub fn App() -> impl IntoView {
    // Effects run only in the browser, after hydration: a reliable "ready" signal for tests.
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
    view! {
        <Router>
            <Routes fallback=|| view! { <Header /> <main class="main"><NotFound /></main> }>
                <Route path=path!("") view=|| view! { <Header><ShareDialog /></Header> <main class="main"><AtlasPage /></main> } />
                <Route path=path!("embed") view=EmbedPage />
            </Routes>
        </Router>
    }
}
