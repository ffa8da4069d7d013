use std::sync::Arc;

use app::ClientConfig;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

use crate::auth::AuthConfig;
use crate::cached_page::PageCache;
use crate::curation::Published;
use crate::render::PreviewCache;
use crate::store::Store;
use crate::{config::Config, data::Data, render::Rasteriser, security::SecurityPolicy};

/// Shared application state (cheap to clone): the published data, and the store.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    /// The catalogue as published now (the files plus approved revisions).
    pub published: Arc<Published>,
    pub client: ClientConfig,
    pub security: Arc<SecurityPolicy>,
    /// Fonts loaded once at start-up, shared by every PNG export.
    pub rasteriser: Arc<Rasteriser>,
    pub store: Store,
    pub auth: AuthConfig,
    /// First-view pictures, drawn once per view (the default view at start-up).
    pub previews: Arc<PreviewCache>,
    /// Map pages as anonymous visitors get them, rendered once per URL and data version.
    pub pages: Arc<PageCache>,
}

impl AppState {
    pub fn new(
        leptos_options: LeptosOptions,
        data: Arc<Data>,
        config: &Config,
        rasteriser: Arc<Rasteriser>,
        store: Store,
    ) -> Self {
        let client = ClientConfig {
            tile_url: config.tile_url.clone(),
            tile_attribution: config.tile_attribution.clone(),
            basemap_url: app::model::basemap_href(&data.files_version),
            page_css: page_css(&leptos_options),
        };
        let security = SecurityPolicy::new(&config.frame_ancestors, config.tile_url.as_deref());
        AppState {
            leptos_options,
            published: Arc::new(Published::new(data)),
            client,
            security: Arc::new(security),
            rasteriser,
            store,
            auth: config.auth.clone(),
            previews: Arc::new(PreviewCache::default()),
            pages: Arc::new(PageCache::default()),
        }
    }
}

impl AppState {
    /// The published data: read once per request, so one answer never mixes two states.
    pub fn data(&self) -> Arc<Data> {
        self.published.current()
    }
}

/// The app's stylesheet as cargo-leptos built it (`{site root}/{pkg}/{name}.css`), if it is
/// there: the router tests and a `cargo run` without cargo-leptos have none. Under `cargo
/// leptos watch` it stays a link, which the watcher swaps when style/ changes.
fn page_css(options: &LeptosOptions) -> Option<Arc<str>> {
    if std::env::var_os("LEPTOS_WATCH").is_some() {
        return None;
    }
    let path = std::path::Path::new(&*options.site_root)
        .join(&*options.site_pkg_dir)
        .join(format!("{}.css", options.output_name));
    std::fs::read_to_string(path).ok().map(Arc::from)
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_stylesheet_is_read_when_it_is_there() {
        let dir = tempfile::tempdir().unwrap();
        let options = LeptosOptions::builder()
            .output_name("atlas")
            .site_root(dir.path().to_string_lossy().to_string())
            .build();
        assert!(page_css(&options).is_none());
        std::fs::create_dir(dir.path().join("pkg")).unwrap();
        std::fs::write(dir.path().join("pkg/atlas.css"), "body { margin: 0 }").unwrap();
        assert_eq!(page_css(&options).as_deref(), Some("body { margin: 0 }"));
    }
}
