//! Views whose code is in a wasm chunk of its own (`#[lazy]`, `cargo leptos --split`):
//! panels the first page does not show, loaded when they open, so the first page's wasm
//! stays within its budget. One `Suspense` for all of them, so each costs the main
//! chunk only its loader.
use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

/// A `#[lazy]` function's future, boxed so every lazy view shares one `Suspense`.
pub type LazyView = Pin<Box<dyn Future<Output = AnyView> + Send>>;

/// The view `load` gives, once its chunk has loaded (on the server, at once).
pub fn lazy_view(load: LazyView) -> AnyView {
    view! { <Suspense fallback=|| ()>{Suspend::new(load)}</Suspense> }.into_any()
}
