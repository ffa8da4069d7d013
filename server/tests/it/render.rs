//! Image export through the router: PNG size and content, SVG legend, determinism, 400s.
use crate::support;

use std::collections::BTreeSet;

use axum::http::{header, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use support::{get, get_with, text};

async fn bytes(uri: &str) -> (StatusCode, HeaderMapLite, Vec<u8>) {
    let resp = get(uri).await;
    let status = resp.status();
    let h = |name: header::HeaderName| {
        resp.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let headers = HeaderMapLite {
        content_type: h(header::CONTENT_TYPE),
        disposition: h(header::CONTENT_DISPOSITION),
        etag: h(header::ETAG),
    };
    let body = resp.into_body().collect().await.unwrap().to_bytes();
    (status, headers, body.to_vec())
}

struct HeaderMapLite {
    content_type: String,
    disposition: String,
    etag: String,
}

/// Width, height and RGBA pixels of a PNG.
fn decode(png_bytes: &[u8]) -> (u32, u32, Vec<[u8; 4]>) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.color_type, png::ColorType::Rgba);
    let pixels = buf[..info.buffer_size()]
        .chunks_exact(4)
        .map(|c| [c[0], c[1], c[2], c[3]])
        .collect();
    (info.width, info.height, pixels)
}

fn catalogue() -> Value {
    let text = std::fs::read_to_string(support::repo_path("data/entities.geojson")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Every sector of the entities having `sector` (the map draws all of an entity's sectors).
fn sectors_with(sector: &str) -> BTreeSet<String> {
    let fc = catalogue();
    let mut out = BTreeSet::new();
    for f in fc["features"].as_array().unwrap() {
        let sectors: Vec<String> = f["properties"]["sectors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect();
        if sectors.iter().any(|s| s == sector) {
            out.extend(sectors);
        }
    }
    out
}

/// The colour of `sector` in data/sectors.json as RGB.
fn sector_rgb(sector: &str) -> [u8; 3] {
    let text = std::fs::read_to_string(support::repo_path("data/sectors.json")).unwrap();
    let list: Value = serde_json::from_str(&text).unwrap();
    let hex = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == sector)
        .unwrap()["color"]
        .as_str()
        .unwrap()
        .trim_start_matches('#')
        .to_owned();
    let c = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
    [c(0), c(2), c(4)]
}

fn near(p: [u8; 4], rgb: [u8; 3], tolerance: u8) -> bool {
    (0..3).all(|i| p[i].abs_diff(rgb[i]) <= tolerance)
}

#[tokio::test]
async fn png_has_the_requested_size_and_the_sector_colours() {
    let (status, headers, body) =
        bytes("/api/v1/render.png?size=1280x720&sector=new_materials&legend=0").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers.content_type, "image/png");
    assert!(headers
        .disposition
        .starts_with("inline; filename=\"fujian-atlas-"));
    assert!(headers.disposition.ends_with(".png\""));
    assert!(!headers.etag.is_empty());
    let (w, h, pixels) = decode(&body);
    assert_eq!((w, h), (1280, 720));
    let distinct: BTreeSet<[u8; 4]> = pixels.iter().copied().collect();
    assert!(distinct.len() > 200, "only {} colours", distinct.len());
    let active = sectors_with("new_materials");
    assert!(
        active.len() > 1,
        "the test wants a multi-sector filter result"
    );
    for sector in &active {
        let rgb = sector_rgb(sector);
        // From the map itself (no legend swatches): donut arcs and rings are opaque,
        // marker fills 90 % opaque over the land colour.
        let hits = pixels.iter().filter(|p| near(**p, rgb, 14)).count();
        assert!(hits >= 10, "{sector} {rgb:?}: {hits} pixels");
    }
}

#[tokio::test]
async fn dpi_scales_the_raster() {
    let (_, _, body) = bytes("/api/v1/render.png?size=1280x720&dpi=192").await;
    let (w, h, _) = decode(&body);
    assert_eq!((w, h), (2560, 1440));
    let (_, _, body) = bytes("/api/v1/render.png?size=a4-landscape&dpi=150").await;
    let (w, h, _) = decode(&body);
    assert_eq!((w, h), (1754, 1240));
}

#[tokio::test]
async fn svg_has_one_legend_item_per_active_sector() {
    let (status, headers, body) = bytes("/api/v1/render.svg?sector=new_materials&lang=en").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers.content_type, "image/svg+xml; charset=utf-8");
    let svg = String::from_utf8(body).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let root = doc.root_element();
    assert_eq!(root.attribute("width"), Some("1920"));
    let items: Vec<&str> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("legend-sector"))
        .filter_map(|n| n.attribute("data-sector"))
        .collect();
    let unique: BTreeSet<String> = items.iter().map(|s| s.to_string()).collect();
    assert_eq!(items.len(), unique.len(), "one item per sector: {items:?}");
    assert_eq!(unique, sectors_with("new_materials"));
}

#[tokio::test]
async fn markers_wear_kind_badges_that_the_legend_explains() {
    // Zoom 9 around Xiamen: markers, not clusters.
    let (status, _, body) = bytes("/api/v1/render.svg?at=118.1,24.5,9&lang=en").await;
    assert_eq!(status, StatusCode::OK);
    let svg = String::from_utf8(body).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let class_of = |n: &roxmltree::Node| n.attribute("class").unwrap_or_default().to_string();
    let markers = doc
        .descendants()
        .filter(|n| class_of(n).starts_with("entity-marker"))
        .count();
    let badges: BTreeSet<String> = doc
        .descendants()
        .filter(|n| class_of(n).starts_with("kind-badge kind-"))
        .map(|n| class_of(&n)["kind-badge kind-".len()..].to_string())
        .collect();
    let badge_count = doc
        .descendants()
        .filter(|n| class_of(n).starts_with("kind-badge kind-"))
        .count();
    assert!(markers > 0);
    assert_eq!(badge_count, markers, "one badge per marker");
    let legend: BTreeSet<String> = doc
        .descendants()
        .filter(|n| class_of(n) == "legend-kind")
        .filter_map(|n| n.attribute("data-kind").map(str::to_string))
        .collect();
    assert_eq!(legend, badges, "one legend item per kind drawn");
}

#[tokio::test]
async fn same_url_gives_the_same_bytes() {
    for uri in [
        "/api/v1/render.svg?sector=marine&size=a4-portrait",
        "/api/v1/render.png?size=1280x720&tier=national",
    ] {
        let (_, a_headers, a) = bytes(uri).await;
        let (_, b_headers, b) = bytes(uri).await;
        assert!(a == b, "{uri}");
        assert_eq!(a_headers.etag, b_headers.etag);
    }
}

#[tokio::test]
async fn matching_etag_is_304() {
    let uri = "/api/v1/render.png?size=1280x720";
    let (_, headers, _) = bytes(uri).await;
    let resp = get_with(uri, &[("if-none-match", &headers.etag)]).await;
    assert_eq!(resp.status(), StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn bad_parameters_are_400_json_naming_them() {
    for (query, param) in [
        ("size=99x99", "size"),
        ("dpi=5", "dpi"),
        ("dpi=abc", "dpi"),
        ("at=foo", "at"),
        ("sector=gold", "sector"),
        ("size=1920x1080&dpi=600", "dpi"),
    ] {
        for ext in ["svg", "png"] {
            let resp = get(&format!("/api/v1/render.{ext}?{query}")).await;
            assert_eq!(resp.status(), StatusCode::BAD_REQUEST, "{ext}?{query}");
            let body: Value = serde_json::from_str(&text(resp).await).unwrap();
            assert_eq!(body["error"]["param"], param, "{ext}?{query}");
            assert!(body["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()));
        }
    }
}
