use leptos::nonce::use_nonce;
use leptos::prelude::*;

/// Leaflet (vendored from npm), which the map needs before the wasm hydrates it.
const LEAFLET_JS: &str = "/vendor/leaflet/leaflet.js";
const LEAFLET_CSS: &str = "/vendor/leaflet/leaflet.css";

/// The app's code, in place of Leptos's `HydrationScripts`: the same glue and wasm (the
/// names cargo-leptos gives them), but neither they nor Leaflet are fetched before the
/// first view's picture is painted: `boot.js` asks for them once it is shown.
#[component]
pub fn AppScripts(options: LeptosOptions) -> impl IntoView {
    let pkg = format!("/{}/{}", options.site_pkg_dir, options.output_name);
    let (js, wasm) = (format!("{pkg}.js"), format!("{pkg}.wasm"));
    let boot = format!(
        "{}({js:?}, {wasm:?}, {LEAFLET_JS:?}, {LEAFLET_CSS:?});",
        include_str!("boot.js").trim_end()
    );
    view! { <script type="module" nonce=use_nonce()>{boot}</script> }
}
