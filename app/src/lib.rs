//! Fujian Cluster Atlas: Leptos components and types shared by the server (feature `ssr`)
//! and the browser (feature `hydrate`).

pub mod api;
pub mod app;
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
    leptos::mount::hydrate_body(App);
}
