//! Start-up errors: each stops the server with one line naming what is wrong.
use std::net::SocketAddr;

use thiserror::Error;

use crate::{
    cli::CliError, config::ConfigError, data::DataError, render::RenderError, store::StoreError,
};

#[derive(Debug, Error)]
pub enum StartupError {
    #[error("configuration: {0}")]
    Config(#[from] ConfigError),
    #[error("data: {0}")]
    Data(#[from] DataError),
    #[error("image export: {0}")]
    Render(#[from] RenderError),
    #[error("store: {0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Cli(#[from] CliError),
    #[error("publishing the store's revisions: {0}")]
    Curation(#[from] crate::curation::CurationError),
    #[error("leptos configuration: {0}")]
    Leptos(String),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server stopped: {0}")]
    Serve(std::io::Error),
}
