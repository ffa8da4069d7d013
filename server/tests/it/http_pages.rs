//! Router tests with `oneshot`: pages, health, static files, 404.
use crate::support;

use axum::body::Body;
use axum::http::{header, StatusCode};
use server::config::Config;
use support::{app_with, get, get_with, text};
use tower::ServiceExt;

#[tokio::test]
async fn home_page_is_server_rendered_with_the_map() {
    let resp = get("/").await;
    assert_eq!(resp.status(), StatusCode::OK);
    let html = text(resp).await;
    assert!(
        html.contains("福建战新产业集群地图"),
        "Chinese product name"
    );
    assert!(
        html.contains("Fujian Cluster Atlas"),
        "English product name"
    );
    assert!(
        html.contains("<title>福建战新产业集群地图 · Fujian Cluster Atlas</title>"),
        "title"
    );
    assert!(
        html.contains(r#"id="leptos" href="/pkg/fujian-cluster-atlas.css""#),
        "the app's stylesheet"
    );
    assert!(html.contains("id=\"map\""), "map container");
    assert!(
        html.contains("/vendor/leaflet/leaflet.js"),
        "vendored Leaflet, not a CDN"
    );
    assert!(
        !html.contains("unpkg.com") && !html.contains("cdn"),
        "no CDN"
    );
    // The list's rows are in place (streamed in order), not in a template for a script to
    // move; the first frame lays out the first of them until boot.js lifts `.booting`
    // (main.css applies that rule only where script runs).
    let rows = html.matches(r#"<li class="result""#).count();
    assert!(rows > 200, "{rows} rows");
    assert!(!html.contains("<template"), "no out-of-order fragments");
    assert!(html.contains(r#"<html lang="zh-CN" class="booting">"#));
}

#[tokio::test]
async fn embed_page_is_titled_by_its_url() {
    let titled = text(get("/embed?title=%E8%AF%95%E7%82%B9%3Cb%3E").await).await;
    assert!(
        titled.contains("<title>试点&lt;b&gt;</title>"),
        "escaped title"
    );
    let english = text(get("/embed?lang=en").await).await;
    assert!(english.contains("<title>Fujian Cluster Atlas map</title>"));
}

#[tokio::test]
async fn healthz_reports_the_data_version() {
    let resp = get("/healthz").await;
    assert_eq!(resp.status(), StatusCode::OK);
    let body: serde_json::Value = serde_json::from_str(&text(resp).await).unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["data_version"].as_str().unwrap().len(), 12);
}

#[tokio::test]
async fn static_asset_is_served() {
    let resp = get("/vendor/leaflet/leaflet.js").await;
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(text(resp).await.contains("Leaflet 1.9.4"));
}

#[tokio::test]
async fn unknown_route_is_a_404_page() {
    // The app matches paths itself (no router): near misses of its two pages are 404s too.
    for path in ["/no/such/page", "/embed/", "/embed/x", "/index.html"] {
        let resp = get(path).await;
        assert_eq!(resp.status(), StatusCode::NOT_FOUND, "{path}");
        let html = text(resp).await;
        assert!(html.contains("404"), "{path}: {html}");
        assert!(
            html.contains("福建战新产业集群地图"),
            "{path}: 404 keeps the site header"
        );
        assert!(!html.contains("class=\"atlas\""), "{path}: not the map");
    }
}

#[tokio::test]
async fn basemap_is_geojson_with_etag_and_304() {
    let resp = get("/api/v1/basemap.geojson").await;
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.headers()[header::CONTENT_TYPE], "application/geo+json");
    let etag = resp.headers()[header::ETAG].to_str().unwrap().to_string();
    let body: serde_json::Value = serde_json::from_str(&text(resp).await).unwrap();
    let cities = body["features"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["properties"]["kind"] == "city")
        .count();
    assert_eq!(cities, 9);
    let again = get_with("/api/v1/basemap.geojson", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn tile_layer_is_off_by_default_and_configurable() {
    let html = text(get("/").await).await;
    assert!(
        html.contains(r#"<meta name="atlas-tile-url" content="""#),
        "no tile URL by default"
    );

    let args = [
        "--tile-url".to_string(),
        "https://tiles.example/{z}/{x}/{y}.png".to_string(),
    ];
    let config = Config::from_args_and_env(args, |_| None).unwrap();
    let req = axum::http::Request::get("/").body(Body::empty()).unwrap();
    let html = text(app_with(config).oneshot(req).await.unwrap()).await;
    assert!(
        html.contains("https://tiles.example/{z}/{x}/{y}.png"),
        "configured tile URL reaches the page"
    );
}

#[tokio::test]
async fn responses_are_compressed_when_the_client_accepts_it() {
    let resp = get_with("/api/v1/basemap.geojson", &[("accept-encoding", "gzip")]).await;
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.headers()[header::CONTENT_ENCODING], "gzip");
}
