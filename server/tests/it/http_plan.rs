//! The plan through the router: sub-industries, the table of contents, a section's text
//! and mentions, search in the plan, and the plan's filters on the entities
//! (`chain=`, `section=`, `industry=` with evidence).
use crate::support;

use axum::http::StatusCode;
use support::{get, json, text};

#[tokio::test]
async fn chains_and_sections_are_listed() {
    let (status, body) = json("/api/v1/chains").await;
    assert_eq!(status, StatusCode::OK);
    let chains = body["chains"].as_array().unwrap();
    assert_eq!(chains.len(), 83);
    let pv = chains
        .iter()
        .find(|c| c["id"] == "new_energy.solar_pv")
        .unwrap();
    assert_eq!(
        (pv["sector"].as_str(), pv["name_zh"].as_str()),
        (Some("new_energy"), Some("高效光伏"))
    );
    assert!(
        pv.get("keys").is_none(),
        "derivation details stay on the server"
    );
    let (_, toc) = json("/api/v1/plan/sections").await;
    let chapters: Vec<&str> = toc["sections"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "chapter")
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(chapters, ["ch1", "ch2", "ch3", "ch4", "ch5"]);
    let (status, section) = json("/api/v1/plan/sections/box9").await;
    assert_eq!(status, StatusCode::OK);
    let mentioned: Vec<&str> = section["passages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["mentions"].as_array().unwrap())
        .flat_map(|m| m["entities"].as_array().unwrap())
        .map(|e| e.as_str().unwrap())
        .collect();
    assert!(
        mentioned.contains(&"fuzhou-new-functional-materials-cluster"),
        "{mentioned:?}"
    );
    let (status, body) = json("/api/v1/plan/sections/box99").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body["error"]["message"].as_str().unwrap().contains("box99"));
}

#[tokio::test]
async fn search_in_the_plan_marks_each_match() {
    let (status, body) = json("/api/v1/plan/search?q=%E6%B5%B7%E4%B8%8A%E9%A3%8E%E7%94%B5").await;
    assert_eq!(status, StatusCode::OK);
    let hits = body["hits"].as_array().unwrap();
    assert!(hits.len() >= 3, "{}", hits.len());
    for h in hits {
        let text: Vec<char> = h["text"].as_str().unwrap().chars().collect();
        let (s, e) = (
            h["spans"][0][0].as_u64().unwrap() as usize,
            h["spans"][0][1].as_u64().unwrap() as usize,
        );
        assert_eq!(text[s..e].iter().collect::<String>(), "海上风电");
    }
    for bad in [
        "/api/v1/plan/search",
        "/api/v1/plan/search?q=",
        "/api/v1/plan/search?q=a&x=1",
    ] {
        let (status, body) = json(bad).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(body["error"]["param"].is_string(), "{bad}: {body}");
    }
}

#[tokio::test]
async fn sections_and_chains_filter_the_entities() {
    let (_, section) = json("/api/v1/plan/sections/box9").await;
    let (status, fc) = json("/api/v1/entities?section=box9&limit=1000").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        fc["numberMatched"], section["entity_count"],
        "show on map = what the section names"
    );
    let (status, body) = json("/api/v1/entities?section=box99").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["param"], "section");
    let h2 = "new_energy.hydrogen_fuel_cells";
    let (_, fc) = json(&format!("/api/v1/entities?chain={h2}&limit=1000")).await;
    let features = fc["features"].as_array().unwrap();
    assert!(!features.is_empty());
    assert!(features.iter().all(|f| f["properties"]["chains"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c == h2)));
    let (_, facets) = json("/api/v1/facets?sector=new_energy").await;
    assert_eq!(facets["facets"]["chains"][h2], features.len());
    let (_, others) = json(&format!("/api/v1/facets?chain={h2}")).await;
    assert!(
        others["facets"]["chains"]["new_energy.solar_pv"]
            .as_u64()
            .unwrap()
            > 0,
        "a chain's count ignores the chain filter"
    );
}

#[tokio::test]
async fn an_industry_ranks_entities_by_the_passages_that_cite_them() {
    // 膜材料 stands only in 专栏9's row of 福州新型功能材料产业集群, not in any name.
    let (status, fc) = json("/api/v1/entities?industry=%E8%86%9C%E6%9D%90%E6%96%99").await;
    assert_eq!(status, StatusCode::OK);
    let first = &fc["features"][0];
    assert_eq!(first["id"], "fuzhou-new-functional-materials-cluster");
    assert!(!first["properties"]["name_zh"]
        .as_str()
        .unwrap()
        .contains('膜'));
    let ev = &first["evidence"][0];
    assert_eq!(ev["section"], "box9-g1-r1");
    let text: Vec<char> = ev["text"].as_str().unwrap().chars().collect();
    let marked: Vec<String> = ev["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            text[s[0].as_u64().unwrap() as usize..s[1].as_u64().unwrap() as usize]
                .iter()
                .collect()
        })
        .collect();
    assert!(marked.contains(&"膜材料".to_string()), "{marked:?}");
    // 疫苗 ranks a biomedicine entity first, and combines with every other filter.
    let (_, fc) =
        json("/api/v1/entities?industry=%E7%96%AB%E8%8B%97&city=%E5%8E%A6%E9%97%A8").await;
    let features = fc["features"].as_array().unwrap();
    assert!(!features.is_empty());
    assert!(features[0]["properties"]["sectors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s == "biomedicine"));
    assert!(features.iter().all(|f| f["properties"]["cities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c == "厦门市")));
    let (_, none) = json("/api/v1/entities?industry=%E9%87%8F%E5%AD%90%E8%AE%A1%E7%AE%97%E6%9C%BAzzz&city=%E5%8D%97%E5%B9%B3").await;
    assert!(none["numberMatched"].as_u64().unwrap() < 236);
}

#[tokio::test]
async fn the_plans_filters_work_wherever_a_filter_does() {
    let (_, queryables) = json("/ogc/collections/entities/queryables").await;
    for name in ["chain", "section", "industry"] {
        assert!(queryables["properties"].get(name).is_some(), "{name}");
    }
    let h2 = "chain=new_energy.hydrogen_fuel_cells";
    let (_, api) = json(&format!("/api/v1/entities?{h2}&limit=1000")).await;
    let (status, ogc) = json(&format!("/ogc/collections/entities/items?{h2}&limit=1000")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ogc["numberMatched"], api["numberMatched"]);
    let csv = text(get("/api/v1/export.csv?section=box9").await).await;
    let (_, box9) = json("/api/v1/entities?section=box9&limit=1000").await;
    assert_eq!(
        csv.lines().count() - 1,
        box9["numberMatched"].as_u64().unwrap() as usize,
        "one row per entity after the header"
    );
    for uri in [
        "/api/v1/render.svg?section=box9",
        "/api/v1/preview.svg?industry=%E7%96%AB%E8%8B%97",
        "/embed?chain=new_energy.solar_pv",
    ] {
        assert_eq!(get(uri).await.status(), StatusCode::OK, "{uri}");
    }
    let (status, body) = json("/ogc/collections/entities/items?chain=nope").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["param"], "chain");
}
