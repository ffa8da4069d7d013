//! Curation input through the router: locked fields, bad points and sources are 400s
//! naming the field; GCJ-02 input is converted; a new entity cites its own document.
use crate::support;

use axum::http::StatusCode;
use serde_json::json;
use support::curation::{decide, entity, move_site, propose, with_reviewer};

#[tokio::test]
async fn bad_suggestions_are_400s_naming_the_field() {
    let (mut c, editor, _) = with_reviewer().await;
    let cases = [
        (json!({"name_zh": "别的名字"}), "changes.name_zh"),
        (json!({"refs": []}), "changes.refs"),
        (json!({"tier": "national"}), "changes.tier"),
        (json!({"revision": 7}), "changes.revision"),
        (
            json!({"members": [{"name_zh": "x", "lon": 25.44, "lat": 119.0, "precision": "site", "city": "莆田市"}]}),
            "changes",
        ),
        (
            json!({"members": [{"name_zh": "x", "lon": 119.3, "lat": 26.08, "precision": "site", "city": "莆田市"}]}),
            "changes",
        ),
        (json!({"website": "javascript:alert(1)"}), "changes"),
        (json!({}), "changes"),
    ];
    for (changes, param) in cases {
        let mut body = move_site(0, 0.0, 0.0);
        body["changes"] = changes.clone();
        let (status, answer) = propose(&mut c, &editor, body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{changes}: {answer}");
        assert_eq!(answer["error"]["param"], param, "{changes}: {answer}");
    }
    let mut body = move_site(0, 119.0071, 25.4412);
    body["source"] = json!({"date": "2026-13-01", "title": "x"});
    assert_eq!(
        propose(&mut c, &editor, body).await.1["error"]["param"],
        "source.date"
    );
    let mut body = move_site(0, 119.0071, 25.4412);
    body["source"] = json!({"date": "2026-01-01"});
    assert_eq!(
        propose(&mut c, &editor, body).await.1["error"]["param"],
        "source"
    );
    let (status, _) = propose(&mut c, &editor, move_site(3, 119.0071, 25.4412)).await;
    assert_eq!(status, StatusCode::CONFLICT);
    // Anonymous visitors propose nothing.
    let (status, _, _) = c
        .send(
            "POST",
            "/api/v1/suggestions",
            Some(move_site(0, 119.0, 25.4)),
            None,
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn gcj02_input_is_converted_and_a_new_entity_cites_its_document() {
    let (mut c, editor, reviewer) = with_reviewer().await;
    let mut body = move_site(0, 119.0120, 25.4390);
    body["datum"] = json!("gcj02");
    let (_, s) = propose(&mut c, &editor, body).await;
    decide(&mut c, &reviewer, s["id"].as_str().unwrap(), "approve").await;
    let lon = entity(&mut c).await["geometry"]["coordinates"][0]
        .as_f64()
        .unwrap();
    // GCJ-02 is offset some 500 m east of WGS-84 here.
    assert!(
        (119.0120 - lon) > 0.003 && (119.0120 - lon) < 0.008,
        "{lon}"
    );

    let new = json!({
        "changes": {
            "name_zh": "莆田新园区", "name_en": "Putian New Park", "kind": "park",
            "sectors": ["new_materials"], "tier": "city", "cities": ["莆田市"],
            "precision": "site",
            "members": [{"name_zh": "莆田新园区", "lon": 119.01, "lat": 25.44, "precision": "site", "city": "莆田市"}],
            "refs": [{"document": "莆田市“十五五”规划", "section": "第二章", "quote": "建设莆田新园区"}],
        },
        "reason": "named in the city's next plan",
        "source": {"title": "莆田市“十五五”规划", "date": "2026-03-01"},
    });
    let (status, s) = propose(&mut c, &editor, new).await;
    assert_eq!(status, StatusCode::CREATED, "{s}");
    let (status, done) = decide(&mut c, &reviewer, s["id"].as_str().unwrap(), "approve").await;
    assert_eq!(status, StatusCode::OK, "{done}");
    let (status, body, _) = c
        .send("GET", "/api/v1/entities/putian-new-park", None, None, &[])
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.contains("莆田市“十五五”规划"), "{body}");
}
