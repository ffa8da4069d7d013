//! `server`: config → data → state → router → serve.
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use leptos::prelude::get_configuration;
use server::render::{Rasteriser, FONT_DIR};
use server::{config::Config, data::Data, error::StartupError, router, AppState};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt().with_env_filter(filter).init();
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fujian-cluster-atlas: cannot start: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), StartupError> {
    let config = Config::from_args_and_env(std::env::args().skip(1), |k| std::env::var(k).ok())?;
    let data = Data::load(&config.data_dir)?;
    tracing::info!(version = %data.version, dir = %config.data_dir.display(), "data loaded");
    let leptos_options = get_configuration(None)
        .map_err(|e| StartupError::Leptos(e.to_string()))?
        .leptos_options;
    let rasteriser = Arc::new(Rasteriser::new(Path::new(FONT_DIR))?);
    let state = AppState::new(leptos_options, data, &config, rasteriser);
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|source| StartupError::Bind {
            addr: config.addr,
            source,
        })?;
    // The bound address, not the configured one: with port 0 the system picks it.
    let bound = listener.local_addr().map_err(|source| StartupError::Bind {
        addr: config.addr,
        source,
    })?;
    tracing::info!("listening on http://{bound}");
    axum::serve(listener, router(state))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(StartupError::Serve)
}
