//! HTTP routes: JSON/GeoJSON endpoints first, then the Leptos pages, then static files / 404.
mod account_pages;
mod admin_pages;
mod api;
mod api_error;
pub mod auth_extract;
mod basemap;
mod bulk_api;
mod bulk_pages;
mod cache;
mod cross_site;
mod curation_api;
mod dates;
mod export;
mod feed;
mod form_body;
mod geojson_response;
mod health;
mod history_pages;
mod json_body;
mod ogc;
mod origin;
mod page_auth;
mod page_cache;
mod params;
mod plan_api;
mod render;
mod review_pages;
mod server_fn_args;
mod session_api;
mod staff_view;
mod suggest_pages;
mod users_api;

pub use api_error::ApiError;
use std::sync::Arc;

use app::{api::AtlasContext, shell, PAGES};
use axum::{
    extract::DefaultBodyLimit,
    http::{header, request::Parts, HeaderValue},
    middleware,
    routing::{any, get, patch, post},
    Router,
};
use leptos::{
    nonce::use_nonce,
    prelude::{provide_context, use_context},
};
use leptos_axum::{AxumRouteListing, LeptosRoutes, ResponseOptions};
use leptos_router::{Method, SsrMode};
use tower_http::compression::{CompressionLayer, CompressionLevel};

use crate::{atlas::ServerAtlas, security, state::AppState};

pub fn router(state: AppState) -> Router {
    let client = state.client.clone();
    let published = state.published.clone();
    // The same context for pages, server functions and the 404 page.
    let policy = state.security.clone();
    let context = move || {
        provide_context(client.clone());
        let atlas: AtlasContext = Arc::new(ServerAtlas(published.current()));
        provide_context(atlas);
        // Anonymous visitors: the default (no staff links).
        let staff = use_context::<Parts>()
            .and_then(|p| p.extensions.get::<app::model::StaffView>().copied())
            .unwrap_or_default();
        provide_context(staff);
        // Pages: allow exactly the inline scripts that carry this response's nonce.
        if let (Some(nonce), Some(res), Some(parts)) = (
            use_nonce(),
            use_context::<ResponseOptions>(),
            use_context::<Parts>(),
        ) {
            let scripts = [format!("'nonce-{nonce}'")];
            if let Ok(v) = HeaderValue::from_str(&policy.csp(parts.uri.path(), &scripts)) {
                res.insert_header(header::CONTENT_SECURITY_POLICY, v);
            }
        }
    };
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/api/v1/basemap.geojson", get(basemap::basemap))
        .route("/api/v1/entities", get(api::entities))
        .route("/api/v1/entities/{id}", get(api::entity))
        .route("/api/v1/entities/{id}/history", get(curation_api::history))
        .route("/api/v1/entities/{id}/revert", post(curation_api::revert))
        .route(
            "/api/v1/suggestions",
            get(curation_api::list).post(curation_api::propose),
        )
        .route("/api/v1/suggestions/bulk", post(bulk_api::bulk))
        .route(
            "/api/v1/suggestions/{id}/approve",
            post(curation_api::approve),
        )
        .route(
            "/api/v1/suggestions/{id}/reject",
            post(curation_api::reject),
        )
        .route(
            "/api/v1/suggestions/{id}/rebase",
            post(curation_api::rebase),
        )
        .route("/api/v1/facets", get(api::facets))
        .route("/api/v1/clusters", get(api::clusters))
        .route("/api/v1/cities/{name}", get(api::city))
        .route("/api/v1/chains", get(plan_api::chains))
        .route("/api/v1/plan/sections", get(plan_api::sections))
        .route("/api/v1/plan/sections/{id}", get(plan_api::section))
        .route("/api/v1/plan/search", get(plan_api::search))
        .route("/api/v1/export.geojson", get(export::geojson))
        .route("/api/v1/export.csv", get(export::csv))
        .route("/api/v1/export.xlsx", get(export::xlsx))
        .route("/api/v1/render.svg", get(render::svg))
        .route("/api/v1/render.png", get(render::png))
        .route("/api/v1/preview.svg", get(render::preview_svg))
        .route("/api/v1/preview.png", get(render::preview_png))
        .route(
            "/api/v1/session",
            get(session_api::whoami)
                .post(session_api::sign_in)
                .delete(session_api::sign_out),
        )
        .route(
            "/api/v1/session/password",
            post(session_api::change_password),
        )
        .route("/api/v1/users", get(users_api::list).post(users_api::add))
        .route("/api/v1/users/{name}", patch(users_api::change))
        .route("/api/v1/audit", get(users_api::audit))
        .route("/api/{*rest}", any(api::unknown))
        .route(
            "/login",
            get(account_pages::login_form).post(account_pages::login),
        )
        .route("/logout", post(account_pages::logout))
        .route("/account", get(account_pages::account))
        .route("/account/password", post(account_pages::change_password))
        .route(
            "/admin/users",
            get(admin_pages::users).post(admin_pages::add_user),
        )
        .route("/admin/users/{name}", post(admin_pages::change_user))
        .route("/admin/audit", get(admin_pages::audit))
        .route("/review", get(review_pages::queue))
        .route(
            "/review/bulk",
            get(bulk_pages::form)
                .post(bulk_pages::submit)
                .layer(DefaultBodyLimit::max(bulk_pages::MAX_FORM_BYTES)),
        )
        .route("/review/{id}/approve", post(review_pages::approve))
        .route("/review/{id}/reject", post(review_pages::reject))
        .route("/review/{id}/rebase", post(review_pages::rebase))
        .route("/entities/{id}/history", get(history_pages::history))
        .route("/entities/{id}/revert", post(history_pages::revert))
        .route(
            "/suggest/new",
            get(suggest_pages::new_form).post(suggest_pages::new_submit),
        )
        .route(
            "/suggest/{id}",
            get(suggest_pages::form).post(suggest_pages::submit),
        )
        .route("/feeds/changes.atom", get(feed::changes))
        .route("/ogc", get(ogc::landing))
        .route("/ogc/", get(ogc::landing))
        .route("/ogc/api", get(ogc::api))
        .route("/ogc/conformance", get(ogc::conformance))
        .route("/ogc/collections", get(ogc::collections))
        .route("/ogc/collections/entities", get(ogc::entities_collection))
        .route("/ogc/collections/entities/queryables", get(ogc::queryables))
        .route("/ogc/collections/entities/items", get(ogc::items))
        .route("/ogc/collections/entities/items/{id}", get(ogc::item))
        .leptos_routes_with_context(
            &state,
            // In order: each list row is in the HTML where it belongs, not in a `<template>` a
            // script moves once the search resolves, so readers without script see the rows.
            // The page is compressed whole before it is sent, so streaming out of order won nothing.
            PAGES
                .map(|p| AxumRouteListing::new(p.into(), SsrMode::InOrder, [Method::Get], []))
                .to_vec(),
            context.clone(),
            move || shell(options.clone()),
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
        // Quality 6, not the default 4: the home page's brotli drops from 33.7 to 28.2 KB
        // for 0.7 ms more per request (BENCHMARKS.md); gzip's 6 is its default anyway.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            staff_view::attach,
        ))
        .layer(middleware::from_fn(server_fn_args::check))
        .layer(middleware::from_fn(cross_site::refuse_cross_site))
        // Inside the compression: a kept page is sent compressed already, which the layer
        // leaves as it is; a page being kept is compressed on the fly like any other.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            page_cache::serve,
        ))
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(6)))
        .layer(middleware::from_fn_with_state(
            state.security.clone(),
            security::headers,
        ))
        .with_state(state)
}
