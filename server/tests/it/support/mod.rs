//! Shared helpers for router tests: a real-data router, body readers and catalogue counts.

pub mod auth_client;
pub mod binary;
pub mod curation;
pub mod databases;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use axum::{
    body::Body,
    http::{Request, StatusCode},
    response::Response,
    Router,
};
use http_body_util::BodyExt;
use leptos::prelude::LeptosOptions;
use serde_json::Value;
use server::render::{Rasteriser, FONT_DIR};
use server::{config::Config, data::Data, router, AppState};
use tower::ServiceExt;

pub fn repo_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(rel)
}

/// The router over the bundled data; static files are served from `assets/`.
pub fn app() -> Router {
    app_with(Config::from_args_and_env([], |_| None).expect("default config"))
}

/// The router over the bundled data with a given configuration, and a fresh SQLite store.
pub fn app_with(config: Config) -> Router {
    router(state_with(config))
}

/// The bundled data, loaded once per test binary.
pub fn data() -> Arc<Data> {
    static DATA: OnceLock<Arc<Data>> = OnceLock::new();
    DATA.get_or_init(|| Arc::new(Data::load(&repo_path("data")).expect("bundled data loads")))
        .clone()
}

/// A state over the bundled data with an empty store of its own (a temporary SQLite file,
/// kept until the test binary ends).
pub fn state_with(config: Config) -> AppState {
    let options = LeptosOptions::builder()
        .output_name("fujian-cluster-atlas")
        .site_root(repo_path("assets").to_string_lossy().to_string())
        .build();
    let dir = tempfile::tempdir().expect("a temporary directory").keep();
    let url = format!("sqlite://{}", dir.join("atlas.sqlite").display());
    let store = block_on_own_runtime(async move { server::store::Store::open(&url).await })
        .expect("a fresh store");
    AppState::new(options, data(), &config, rasteriser(), store)
}

/// Runs `f` to completion on a runtime of its own thread, so it can be called from inside
/// or outside a test's runtime alike.
pub fn block_on_own_runtime<F: std::future::Future + Send + 'static>(f: F) -> F::Output
where
    F::Output: Send + 'static,
{
    std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime")
            .block_on(f)
    })
    .join()
    .expect("the store opens without panicking")
}

/// The fonts, loaded once per test binary (as the server loads them once at start-up).
pub fn rasteriser() -> Arc<Rasteriser> {
    static FONTS: OnceLock<Arc<Rasteriser>> = OnceLock::new();
    FONTS
        .get_or_init(|| Arc::new(Rasteriser::new(Path::new(FONT_DIR)).expect("CJK fonts load")))
        .clone()
}

pub async fn get(uri: &str) -> Response {
    get_with(uri, &[]).await
}

pub async fn get_with(uri: &str, headers: &[(&str, &str)]) -> Response {
    let mut req = Request::get(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    shared_app()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap()
}

/// One router over the bundled data per test binary (loading the data takes a while).
pub fn shared_app() -> Router {
    static APP: OnceLock<Router> = OnceLock::new();
    APP.get_or_init(app).clone()
}

pub async fn text(resp: Response) -> String {
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// Status and JSON body of a GET.
pub async fn json(uri: &str) -> (StatusCode, Value) {
    let resp = get(uri).await;
    let status = resp.status();
    (status, serde_json::from_str(&text(resp).await).unwrap())
}

/// How many entities of the bundled catalogue have properties passing `filter`.
pub fn catalogue_count(filter: impl Fn(&Value) -> bool) -> usize {
    let text = std::fs::read_to_string(repo_path("data/entities.geojson")).unwrap();
    let fc: Value = serde_json::from_str(&text).unwrap();
    fc["features"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| filter(&f["properties"]))
        .count()
}
