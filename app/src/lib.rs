//! Fujian Cluster Atlas: Leptos components and types shared by the server (feature `ssr`)
//! and the browser (feature `hydrate`).

pub mod api;
pub mod app;
#[cfg(feature = "ssr")]
mod app_scripts;
pub mod components;
pub mod i18n;
pub mod map;
pub mod markup;
pub mod model;
#[cfg(feature = "ssr")]
pub mod shell;
pub mod state;

pub use app::App;
pub use model::params::{ATLAS_PATH, EMBED_PATH, PAGES};
#[cfg(feature = "ssr")]
pub use shell::{shell, ClientConfig};

/// Browser entry point: attaches the server-rendered page to the reactive runtime.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // A panel the server drew from a lazy wasm chunk (the reader, a city profile) can be
    // hydrated only once its chunk is here.
    wasm_bindgen_futures::spawn_local(async {
        components::preload_drawn::preload_drawn().await;
        leptos::mount::hydrate_body(App);
    });
}
