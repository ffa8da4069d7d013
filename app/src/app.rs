use leptos::prelude::*;

use crate::components::atlas_page::AtlasPage;
use crate::components::lazy_view::lazy_view;
use crate::components::{
    embed_page::EmbedPage, header::Header, not_found::NotFound, plan_page::plan_page,
    share_dialog::ShareDialog,
};
use crate::model::params::{ATLAS_PATH, EMBED_PATH, PLAN_PATH};
use crate::state::{provide_staff_view, AddressBar};

/// The application: the full map, the embeddable map (`/embed`, no header or panels), the
/// plan to read (`/plan`), and a marker the browser tests wait for.
#[component]
pub fn App() -> impl IntoView {
    // Effects run only in the browser, after hydration: a reliable "ready" signal for tests.
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
    provide_staff_view();
    let url = AddressBar::provide();
    // The path never changes without a page load (see `PageUrl`), so this is not reactive.
    match url.path.get_value().as_str() {
        ATLAS_PATH => {
            view! { <Header><ShareDialog /></Header> <main class="main"><AtlasPage /></main> }
                .into_any()
        }
        EMBED_PATH => view! { <EmbedPage /> }.into_any(),
        PLAN_PATH => view! {
            <Header />
            <main class="main plan-main">{lazy_view(Box::pin(plan_page()))}</main>
        }
        .into_any(),
        _ => view! { <Header /> <main class="main"><NotFound /></main> }.into_any(),
    }
}
