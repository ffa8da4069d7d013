//! Fujian Cluster Atlas server: configuration, data loading, and the HTTP router.
//! `main.rs` only wires these together; tests drive [`router`] with `oneshot`.
// Release builds instantiate the full (unerased) view types of the app here too.
#![recursion_limit = "256"]

pub mod atlas;
pub mod auth;
pub mod basemap;
pub mod cached_page;
pub mod catalogue;
pub mod cli;
pub mod compressed;
pub mod config;
pub mod curation;
pub mod data;
pub mod error;
pub mod export;
pub mod feature_cache;
pub mod index;
pub mod pages;
pub mod plan;
pub mod queries;
pub mod render;
pub mod routes;
pub mod security;
pub mod state;
pub mod store;

pub use routes::router;
pub use state::AppState;
