//! `source=` through the router: the plan's own entities, a curated entity citing another
//! document (proposed by an editor, approved by a reviewer), the two together by default,
//! the documents counted by `facets`, and an empty `source=` refused naming it.
use crate::support;

use app::model::params::encode_pairs;
use axum::http::StatusCode;
use serde_json::{json, Value};
use support::auth_client::Client;
use support::catalogue_count;
use support::curation::{decide, propose, with_reviewer};

const DOCUMENT: &str = "莆田市“十四五”规划";
const NEW_ID: &str = "putian-source-test-park";

/// `(status, JSON body)` of a GET of `path` with `pairs` as its query string.
async fn get(c: &mut Client, path: &str, pairs: &[(&str, &str)]) -> (StatusCode, Value) {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let uri = format!("{path}?{}", encode_pairs(&pairs));
    let (status, body, _) = c.send("GET", &uri, None, None, &[]).await;
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

/// The ids `source` (if any) finds, all of them, and `numberMatched`.
async fn ids(c: &mut Client, source: Option<&str>) -> (Vec<String>, u64) {
    let mut pairs = vec![("limit", "1000")];
    pairs.extend(source.map(|s| ("source", s)));
    let (status, body) = get(c, "/api/v1/entities", &pairs).await;
    assert_eq!(status, StatusCode::OK, "{source:?}: {body}");
    let ids = body["features"].as_array().unwrap().iter();
    let ids = ids.map(|f| f["id"].as_str().unwrap().to_owned()).collect();
    (ids, body["numberMatched"].as_u64().unwrap())
}

async fn add_entity_citing_another_document(c: &mut Client, editor: &str, reviewer: &str) {
    let new = json!({
        "changes": {
            "name_zh": "莆田来源测试园", "name_en": "Putian Source Test Park", "kind": "park",
            "sectors": ["new_materials"], "tier": "city", "cities": ["莆田市"],
            "precision": "site",
            "members": [{"name_zh": "莆田来源测试园", "lon": 119.02, "lat": 25.45, "precision": "site", "city": "莆田市"}],
            "refs": [{"document": DOCUMENT, "section": "第五章", "quote": "建设莆田来源测试园"}],
        },
        "reason": "named in the city's plan",
        "source": {"title": DOCUMENT, "date": "2026-03-01"},
    });
    let (status, s) = propose(c, editor, new).await;
    assert_eq!(status, StatusCode::CREATED, "{s}");
    let (status, done) = decide(c, reviewer, s["id"].as_str().unwrap(), "approve").await;
    assert_eq!(status, StatusCode::OK, "{done}");
}

#[tokio::test]
async fn source_filters_by_the_cited_document() {
    let (mut c, editor, reviewer) = with_reviewer().await;
    let baseline = catalogue_count(|_| true) as u64;
    assert_eq!(baseline, 236);
    assert_eq!(ids(&mut c, Some("plan")).await.1, baseline);

    add_entity_citing_another_document(&mut c, &editor, &reviewer).await;
    let (found, matched) = ids(&mut c, Some(DOCUMENT)).await;
    assert_eq!((found, matched), (vec![NEW_ID.to_owned()], 1));
    let (plan, matched) = ids(&mut c, Some("plan")).await;
    assert_eq!(matched, baseline);
    assert!(!plan.iter().any(|id| id == NEW_ID));
    let (all, matched) = ids(&mut c, None).await;
    assert_eq!(matched, baseline + 1);
    assert!(all.iter().any(|id| id == NEW_ID) && all.contains(&plan[0]));
    // Several are any of them; an unknown document is no error (documents are open-ended).
    let both = format!("plan,{DOCUMENT}");
    assert_eq!(ids(&mut c, Some(&both)).await.1, baseline + 1);
    assert_eq!(ids(&mut c, Some("厦门市规划")).await.1, 0);

    // The same filter everywhere the one query is read: facets, OGC items, the page's own
    // server function.
    let (_, facets) = get(&mut c, "/api/v1/facets", &[]).await;
    let sources = &facets["facets"]["sources"];
    assert_eq!(
        (&sources["plan"], &sources[DOCUMENT]),
        (&json!(baseline), &json!(1))
    );
    let (_, facets) = get(&mut c, "/api/v1/facets", &[("source", DOCUMENT)]).await;
    assert_eq!(facets["numberMatched"], 1);
    assert_eq!(facets["facets"]["cities"]["莆田市"], 1);
    assert_eq!(
        facets["facets"]["sources"]["plan"], baseline,
        "its own facet ignores it"
    );
    let items = "/ogc/collections/entities/items";
    let (status, ogc) = get(&mut c, items, &[("source", DOCUMENT)]).await;
    assert_eq!((status, &ogc["numberMatched"]), (StatusCode::OK, &json!(1)));
    let query = format!("source={}", DOCUMENT);
    let (_, page) = get(&mut c, "/api/search_entities", &[("query", &query)]).await;
    assert_eq!(page["number_matched"], 1, "{page}");
}

#[tokio::test]
async fn an_empty_source_is_a_400_naming_it() {
    let mut c = Client::new().await;
    for bad in ["", " ", "plan,"] {
        for path in [
            "/api/v1/entities",
            "/api/v1/facets",
            "/ogc/collections/entities/items",
        ] {
            let (status, body) = get(&mut c, path, &[("source", bad)]).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{path} {bad:?}: {body}");
            assert_eq!(body["error"]["param"], "source", "{path} {bad:?}: {body}");
        }
    }
}
