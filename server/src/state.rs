use std::sync::Arc;

use app::ClientConfig;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

use crate::auth::AuthConfig;
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
        }
    }
}

impl AppState {
    /// The published data: read once per request, so one answer never mixes two states.
    pub fn data(&self) -> Arc<Data> {
        self.published.current()
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
