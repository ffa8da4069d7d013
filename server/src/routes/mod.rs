//! HTTP routes: JSON/GeoJSON endpoints first, then the Leptos pages, then static files / 404.
mod basemap;
mod cache;
mod health;

use app::{shell, App};
use axum::{routing::get, Router};
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::compression::CompressionLayer;

use crate::state::AppState;

pub fn router(state: AppState) -> Router {
    let client = state.client.clone();
    // The same context for page rendering and for the 404 page, so both see the config.
    let context = move || provide_context(client.clone());
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/api/v1/basemap.geojson", get(basemap::basemap))
        .leptos_routes_with_context(
            &state,
            generate_route_list(App),
            context.clone(),
            move || shell(options.clone()),
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
        .layer(CompressionLayer::new())
        .with_state(state)
}
