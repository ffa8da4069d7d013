use leptos::prelude::*;

use crate::app_scripts::AppScripts;
use crate::model::escape_markup;
use crate::model::params::query_pairs;
use crate::model::Lang::{En, Zh};
use crate::model::{StaffView, ViewState};
use crate::tr;

/// Settings the server hands to the browser through `<meta>` tags, so the hydrated
/// page needs no extra request to learn them.
#[derive(Clone, Debug, Default)]
pub struct ClientConfig {
    /// Optional raster tile URL template (`{z}/{x}/{y}`); `None` keeps the map fully offline.
    pub tile_url: Option<String>,
    /// Attribution shown for that tile layer.
    pub tile_attribution: Option<String>,
    /// Where the base map is, for this data version (cacheable for good).
    pub basemap_url: String,
    /// The app's stylesheet (cargo-leptos's build of style/), read at start-up and written
    /// into each page, so the first frame waits for no request; `None` (no build yet, as in
    /// the router tests) links it instead.
    pub page_css: Option<std::sync::Arc<str>>,
}

/// The HTML document around the app. Rendered only on the server, so the `<head>` is
/// written here rather than by leptos_meta, whose browser half cost the wasm 17 KB.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let config = use_context::<ClientConfig>().unwrap_or_default();
    let staff = use_context::<StaffView>().unwrap_or_default().to_meta();
    // As markup: a text child would carry a hydration marker, which `<title>` shows as text.
    let title = escape_markup(&page_title(use_context::<http::request::Parts>().as_ref()));
    view! {
        <!DOCTYPE html>
        <html lang="zh-CN" class="booting">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title inner_html=title></title>
                <meta name="atlas-tile-url" content=config.tile_url.unwrap_or_default() />
                <meta name="atlas-tile-attribution" content=config.tile_attribution.unwrap_or_default() />
                <meta name="atlas-basemap-url" content=config.basemap_url />
                <meta name="atlas-staff" content=staff />
                <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
                {match config.page_css {
                    Some(css) => view! { <style id="app-css" inner_html=css></style> }.into_any(),
                    None => view! { <link rel="stylesheet" id="leptos" href=format!("/{}/{}.css", options.site_pkg_dir, options.output_name) /> }.into_any(),
                }}
                <AutoReload options=options.clone() />
                <AppScripts options />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The product's name in both languages (after 规划原文 on `/plan`); on `/embed`, the
/// embed's own title (or the default iframe title in the URL's language).
fn page_title(request: Option<&http::request::Parts>) -> String {
    let product = format!("{} · {}", tr!(Zh, title), tr!(En, title));
    let Some(parts) = request else {
        return product;
    };
    match parts.uri.path() {
        crate::model::params::PLAN_PATH => format!("{} · {product}", tr!(Zh, plan.title)),
        crate::EMBED_PATH => {
            let view = ViewState::from_pairs(&query_pairs(parts.uri.query().unwrap_or_default()));
            view.embed
                .title
                .unwrap_or_else(|| tr!(view.lang, share.iframe_title).to_string())
        }
        _ => product,
    }
}

use crate::App;
