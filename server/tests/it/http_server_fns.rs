//! The page's server functions through the router: the same query code as the REST API,
//! only the entities in view, and listings rather than whole entities.
use crate::support;

use axum::http::StatusCode;
use support::{catalogue_count, get, json, text};

#[tokio::test]
async fn server_function_uses_the_same_query_code() {
    let expected = catalogue_count(|p| p["tier"] == "national");
    let (status, page) = json("/api/search_entities?query=tier%3Dnational%26limit%3D1000").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["number_matched"], expected);
    assert_eq!(page["entities"].as_array().unwrap().len(), expected);
    let bad = get("/api/search_entities?query=tier%3Dmega").await;
    assert_eq!(
        bad.status(),
        StatusCode::BAD_REQUEST,
        "a bad query is refused"
    );
    assert!(
        text(bad).await.contains("tier"),
        "and the parameter is named"
    );
}

#[tokio::test]
async fn server_function_sends_only_the_entities_in_view() {
    let all = catalogue_count(|_| true);
    let (west, south, east, north) = (117.9, 24.3, 118.3, 24.7);
    let (_, anywhere) = json("/api/search_entities?query=limit%3D1000").await;
    let (status, page) = json(&format!(
        "/api/search_entities?query=bbox%3D{west}%2C{south}%2C{east}%2C{north}%26limit%3D1000"
    ))
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let shown = page["entities"].as_array().unwrap();
    assert!(
        !shown.is_empty() && shown.len() < all,
        "{} of {all}",
        shown.len()
    );
    for e in shown {
        let inside = e["properties"]["members"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| {
                let (lon, lat) = (m["lon"].as_f64().unwrap(), m["lat"].as_f64().unwrap());
                (west..=east).contains(&lon) && (south..=north).contains(&lat)
            });
        assert!(inside, "{} has a site in view", e["id"]);
    }
    // Counts, facets and suggestions stay province-wide.
    assert_eq!(page["number_matched"], all);
    assert_eq!(page["facets"], anywhere["facets"]);
    assert_eq!(page["top"], anywhere["top"]);
    assert_eq!(page["top"].as_array().unwrap().len(), app::api::TOP_MATCHES);
    let (_, found) =
        json("/api/search_entities?query=q%3Dxmhj%26bbox%3D119%2C26%2C119.5%2C26.5").await;
    assert_eq!(found["top"][0]["name_zh"], "厦门火炬高新区", "{found}");
    let torch = &found["top"][0]["id"];
    let shown = found["entities"].as_array().unwrap();
    assert!(
        shown.iter().all(|e| e["id"] != *torch),
        "厦门 is not near 福州"
    );
}

#[tokio::test]
async fn search_sends_listings_and_the_detail_the_whole_entity() {
    let (_, page) = json("/api/search_entities?query=q%3D%E7%9F%B3%E5%A2%A8%E7%83%AF").await;
    let listed = page["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "graphene-cluster")
        .expect("the graphene cluster is found");
    for field in ["aliases", "districts", "related"] {
        assert_eq!(
            listed["properties"][field],
            serde_json::json!([]),
            "{field} is left out"
        );
    }
    assert!(
        !listed["properties"]["refs"].as_array().unwrap().is_empty(),
        "the print sheet quotes"
    );
    let sites = listed["properties"]["members"].as_array().unwrap();
    assert!(sites.len() > 1, "the map draws every site");
    assert!(
        sites
            .iter()
            .all(|m| m["lon"].is_f64() && m["name_zh"] == ""),
        "sites keep only their position: {sites:?}"
    );
    let (status, detail) = json("/api/get_detail?id=graphene-cluster").await;
    assert_eq!(status, StatusCode::OK, "{detail}");
    let whole = &detail["entity"]["properties"];
    assert!(
        !whole["districts"].as_array().unwrap().is_empty(),
        "{whole}"
    );
    assert!(!whole["related"].as_array().unwrap().is_empty(), "{whole}");
    assert_ne!(whole["members"][0]["name_zh"], "", "{whole}");
}

#[tokio::test]
async fn a_clustered_view_brings_its_clusters_and_the_first_view_too() {
    let (status, page) =
        json("/api/search_entities?query=bbox%3D115.8%2C23.5%2C120.8%2C28.4%26zoom%3D6").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["clusters"]["zoom"], 6);
    assert!(!page["clusters"]["clusters"].as_array().unwrap().is_empty());
    let (_, first) = json("/api/search_entities?query=").await;
    assert!(
        first["clusters"]["zoom"].as_u64().unwrap() < 8,
        "the first view is clustered: {}",
        first["clusters"]
    );
    let (_, zoomed) = json("/api/search_entities?query=bbox%3D118%2C24.4%2C118.2%2C24.6").await;
    assert!(
        zoomed["clusters"].is_null(),
        "no zoom asked, a bbox given: no clusters"
    );
    let (status, body) = json("/api/search_entities?query=zoom%3D6%26zoom%3D7").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["param"], "zoom");
}
