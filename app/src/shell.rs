use leptos::prelude::*;
use leptos_meta::MetaTags;

/// Settings the server hands to the browser through `<meta>` tags, so the hydrated
/// page needs no extra request to learn them.
#[derive(Clone, Debug, Default)]
pub struct ClientConfig {
    /// Optional raster tile URL template (`{z}/{x}/{y}`); `None` keeps the map fully offline.
    pub tile_url: Option<String>,
    /// Attribution shown for that tile layer.
    pub tile_attribution: Option<String>,
}

/// The HTML document around the app. Rendered only on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let config = use_context::<ClientConfig>().unwrap_or_default();
    view! {
        <!DOCTYPE html>
        <html lang="zh-CN">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="atlas-tile-url" content=config.tile_url.unwrap_or_default() />
                <meta name="atlas-tile-attribution" content=config.tile_attribution.unwrap_or_default() />
                <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
                <link rel="stylesheet" href="/vendor/leaflet/leaflet.css" />
                // Leaflet is a classic script: it must define `L` before the wasm runs.
                <script src="/vendor/leaflet/leaflet.js"></script>
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

use crate::App;
