use std::sync::Arc;

use app::ClientConfig;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

use crate::{config::Config, data::Data, render::Rasteriser, security::SecurityPolicy};

/// Shared, read-only application state (cheap to clone).
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub data: Arc<Data>,
    pub client: ClientConfig,
    pub security: Arc<SecurityPolicy>,
    /// Fonts loaded once at start-up, shared by every PNG export.
    pub rasteriser: Arc<Rasteriser>,
}

impl AppState {
    pub fn new(
        leptos_options: LeptosOptions,
        data: Data,
        config: &Config,
        rasteriser: Arc<Rasteriser>,
    ) -> Self {
        let client = ClientConfig {
            tile_url: config.tile_url.clone(),
            tile_attribution: config.tile_attribution.clone(),
        };
        let security = SecurityPolicy::new(&config.frame_ancestors, config.tile_url.as_deref());
        AppState {
            leptos_options,
            data: Arc::new(data),
            client,
            security: Arc::new(security),
            rasteriser,
        }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
