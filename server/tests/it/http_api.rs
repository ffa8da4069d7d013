//! The JSON API through the router: results, strict 400s, JSON 404s, caching, exports.
use crate::support;

use axum::http::{header, StatusCode};
use serde_json::Value;
use support::{catalogue_count, get, get_with, json, text};

#[tokio::test]
async fn entities_filter_by_sector_and_tier() {
    let has = |p: &Value, key: &str, v: &str| p[key].as_array().unwrap().iter().any(|s| s == v);
    let expected = catalogue_count(|p| has(p, "sectors", "new_materials"));
    let (status, body) = json("/api/v1/entities?sector=new_materials&limit=1000").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["numberMatched"], expected);
    assert_eq!(body["features"].as_array().unwrap().len(), expected);
    let national =
        catalogue_count(|p| has(p, "sectors", "new_materials") && p["tier"] == "national");
    let (_, body) = json("/api/v1/entities?sector=new_materials&tier=national").await;
    assert_eq!(body["numberMatched"], national);
    assert!(national < expected);
}

#[tokio::test]
async fn text_search_finds_by_pinyin_initials() {
    let (_, body) = json("/api/v1/entities?q=xmhj").await;
    assert_eq!(
        body["features"][0]["properties"]["name_zh"],
        "厦门火炬高新区"
    );
}

#[tokio::test]
async fn bad_parameters_are_400_with_the_parameter_named() {
    for (uri, param) in [
        ("/api/v1/entities?bbox=1,2,3", "bbox"),
        ("/api/v1/entities?bbox=24,118,25,119", "bbox"),
        ("/api/v1/entities?bbox=NaN,23,120,28", "bbox"),
        ("/api/v1/entities?bbox=120,23,118,28", "bbox"),
        ("/api/v1/entities?sector=gold", "sector"),
        ("/api/v1/entities?limit=-1", "limit"),
        ("/api/v1/entities?radius_km=5", "radius_km"),
        ("/api/v1/entities?colour=red", "colour"),
        ("/api/v1/clusters?bbox=115,23,121,29", "zoom"),
        ("/api/v1/clusters?bbox=115,23,121,29&zoom=99", "zoom"),
        ("/api/v1/clusters?zoom=7", "bbox"),
        ("/api/v1/export.csv?tier=mega", "tier"),
        ("/ogc/collections/entities/items?f=html", "f"),
    ] {
        let (status, body) = json(uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}");
        assert_eq!(body["error"]["param"], param, "{uri}: {body}");
        assert!(
            body["error"]["message"].as_str().unwrap().len() > 5,
            "{uri}"
        );
    }
    let long_q = format!("/api/v1/entities?q={}", "a".repeat(101));
    assert_eq!(json(&long_q).await.0, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn unknown_entity_and_api_path_are_json_404() {
    let (status, body) = json("/api/v1/entities/no-such-thing").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("no-such-thing"));
    assert_eq!(json("/api/v1/nothing-here").await.0, StatusCode::NOT_FOUND);
    assert_eq!(json("/api/v1/cities/上海").await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn one_entity_facets_clusters_and_city() {
    let (_, f) = json("/api/v1/entities/xiamen-torch-hi-tech-zone").await;
    assert_eq!(f["type"], "Feature");
    assert!(!f["properties"]["refs"].as_array().unwrap().is_empty());
    let (_, facets) = json("/api/v1/facets?tier=national").await;
    let national = catalogue_count(|p| p["tier"] == "national");
    assert_eq!(facets["numberMatched"], national);
    assert_eq!(
        facets["facets"]["tiers"]["provincial"],
        catalogue_count(|p| p["tier"] == "provincial")
    );
    let (_, cl) = json("/api/v1/clusters?bbox=115,23,121,29&zoom=6").await;
    let sites: u64 = cl["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["count"].as_u64().unwrap())
        .sum();
    assert!(
        sites >= catalogue_count(|_| true) as u64,
        "every site in some cluster"
    );
    let (_, city) = json("/api/v1/cities/厦门").await;
    assert_eq!(city["city"], "厦门市");
    assert_eq!(
        city["total"],
        catalogue_count(|p| p["cities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "厦门市"))
    );
}

#[tokio::test]
async fn reads_carry_etag_and_answer_304() {
    let resp = get("/api/v1/entities?city=福州市").await;
    assert!(resp.headers()[header::CACHE_CONTROL]
        .to_str()
        .unwrap()
        .contains("public"));
    let etag = resp.headers()[header::ETAG].to_str().unwrap().to_string();
    let again = get_with("/api/v1/entities?city=福州市", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    let other = get_with("/api/v1/entities?city=厦门市", &[("if-none-match", &etag)]).await;
    assert_eq!(other.status(), StatusCode::OK);
}

#[tokio::test]
async fn exports_download_the_filtered_set() {
    let count = catalogue_count(|p| {
        p["cities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "厦门市")
    });
    let resp = get("/api/v1/export.csv?city=厦门市").await;
    assert_eq!(resp.status(), StatusCode::OK);
    let disposition = resp.headers()[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .to_string();
    assert!(disposition.contains("attachment") && disposition.contains(".csv"));
    let body = text(resp).await;
    assert!(body.starts_with('\u{feff}'), "UTF-8 BOM for Excel");
    let rows = csv::Reader::from_reader(body.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .count();
    assert_eq!(rows, count);
    let xlsx = get("/api/v1/export.xlsx?city=厦门市").await;
    assert!(xlsx.headers()[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .contains("spreadsheetml"));
    let (_, fc) = json("/api/v1/export.geojson?city=厦门市").await;
    assert_eq!(fc["features"].as_array().unwrap().len(), count);
}

#[tokio::test]
async fn ogc_api_features_core() {
    let (_, landing) = json("/ogc").await;
    let rels: Vec<&str> = landing["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["rel"].as_str().unwrap())
        .collect();
    assert!(rels.contains(&"conformance") && rels.contains(&"data"));
    let (_, conf) = json("/ogc/conformance").await;
    assert!(conf["conformsTo"].to_string().contains("conf/core"));
    let (_, cols) = json("/ogc/collections").await;
    assert_eq!(cols["collections"][0]["id"], "entities");
    let (_, page) = json("/ogc/collections/entities/items?limit=10").await;
    assert_eq!(page["numberReturned"], 10);
    assert_eq!(page["numberMatched"], catalogue_count(|_| true));
    let next = page["links"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["rel"] == "next")
        .unwrap();
    assert!(next["href"].as_str().unwrap().contains("offset=10"));
    let (status, item) = json("/ogc/collections/entities/items/graphene-cluster").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(item["id"], "graphene-cluster");
}

#[tokio::test]
async fn first_view_pictures_and_the_versioned_base_map_are_cached() {
    let resp = get_with(
        "/api/v1/preview.svg?sector=marine",
        &[("accept-encoding", "br")],
    )
    .await;
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.headers()["content-encoding"], "br");
    assert!(resp.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("image/svg+xml"));
    let tag = resp.headers()["etag"].to_str().unwrap().to_string();
    let again = get_with(
        "/api/v1/preview.svg?sector=marine",
        &[("if-none-match", &tag)],
    )
    .await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    let (status, body) = json("/api/v1/preview.svg?at=24,118,9").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["param"], "at");
    // What the page shows: an indexed PNG, sent as it is (it is compressed already).
    let png = get_with("/api/v1/preview.png?dpi=192", &[("accept-encoding", "br")]).await;
    assert_eq!(png.status(), StatusCode::OK);
    assert_eq!(png.headers()["content-type"], "image/png");
    assert!(png.headers().get("content-encoding").is_none());
    let tag = png.headers()["etag"].to_str().unwrap().to_string();
    let again = get_with("/api/v1/preview.png?dpi=192", &[("if-none-match", &tag)]).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    for (url, param) in [
        ("/api/v1/preview.png?dpi=7", "dpi"),
        ("/api/v1/preview.png?section=nope", "section"),
    ] {
        let (status, body) = json(url).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{url}");
        assert_eq!(body["error"]["param"], param, "{url}");
    }
    let (_, health) = json("/healthz").await;
    let version = health["data_version"].as_str().unwrap();
    let current = get(&format!("/api/v1/basemap.geojson?v={version}")).await;
    assert!(current.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));
    let stale = get("/api/v1/basemap.geojson?v=old").await;
    assert!(!stale.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));
}
