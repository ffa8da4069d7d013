//! `server`: config → data → state → router → serve.
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use app::model::PreviewFormat;
use leptos::prelude::get_configuration;
use server::render::{PreviewRequest, Rasteriser, FONT_DIR};
use server::store::{redact_url, Store};
use server::{cli, config::Config, data::Data, error::StartupError, router, AppState};
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
    let args: Vec<String> = std::env::args().skip(1).collect();
    let env = |k: &str| std::env::var(k).ok();
    if let Some((command, url)) = cli::parse(&args, env)? {
        return Ok(cli::run(command, &url, std::io::stdin().lock()).await?);
    }
    let config = Config::from_args_and_env(args, env)?;
    let data = Arc::new(Data::load(&config.data_dir)?);
    tracing::info!(version = %data.version, dir = %config.data_dir.display(), "data loaded");
    let leptos_options = get_configuration(None)
        .map_err(|e| StartupError::Leptos(e.to_string()))?
        .leptos_options;
    let rasteriser = Arc::new(Rasteriser::new(Path::new(FONT_DIR))?);
    let store = Store::open(&config.database_url).await?;
    tracing::info!(url = %redact_url(&config.database_url), "store open");
    let state = AppState::new(leptos_options, data, &config, rasteriser, store.clone());
    // Approved revisions are published before the first request, then followed.
    state.published.refresh(&store).await?;
    state.published.clone().follow(store);
    // The pictures the first page shows (one and two device pixels per CSS pixel), drawn
    // beside start-up so the first visitor finds them ready (the default view names no
    // section, so they cannot fail).
    let warm = state.clone();
    tokio::task::spawn_blocking(move || {
        for dpi in [96, 192] {
            let request = PreviewRequest {
                view: app::model::ViewState::default(),
                dpi,
            };
            let (data, raster) = (warm.data(), &warm.rasteriser);
            let _ = warm
                .previews
                .get(&data, &request, PreviewFormat::Png, raster);
        }
    });
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
    let app = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(StartupError::Serve)
}
