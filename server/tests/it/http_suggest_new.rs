//! The new-entity form: an editor records an entity another document names, with its
//! citation; it is pending until a reviewer approves it, then on the map and its API,
//! filterable by that document. A refused form keeps what was typed and names the field.
use crate::support;

use app::model::params::encode_pairs;
use axum::http::StatusCode;
use support::curation::{decide, page, pending, with_reviewer};

const DOC: &str = "莆田市“十五五”规划";

fn form(quote: &str) -> String {
    let pairs: Vec<(String, String)> = [
        ("name_zh", "莆田新园区"),
        ("name_en", "Putian New Park"),
        ("kind", "park"),
        ("sector", "new_materials"),
        ("tier", "none"),
        ("city", "莆田市"),
        ("site0_lon", "119.01"),
        ("site0_lat", "25.44"),
        ("site0_precision", "site"),
        ("datum", "wgs84"),
        ("document", DOC),
        ("section", "第二章"),
        ("quote", quote),
        ("reason", "named in the <b>city's</b> next plan"),
        ("source_date", "2026-03-01"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    encode_pairs(&pairs)
}

#[tokio::test]
async fn an_entity_from_another_document_is_proposed_from_the_form_and_published_on_approval() {
    let (mut c, eve, rex) = with_reviewer().await;
    let (status, _, location) = page(&c, "GET", "/suggest/new", "", None).await;
    assert!(status.is_redirection() && location.starts_with("/login"));
    let (status, html, _) = page(&c, "GET", "/suggest/new?lang=en", "", Some(&eve)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"name="quote""#) && html.contains("/suggest.js"));

    let (status, html, _) = page(&c, "POST", "/suggest/new", &form(""), Some(&eve)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // The rendered error is `<p role="alert" class="form-error">quote: …`.
    let error = html
        .split(r#"class="form-error">"#)
        .nth(1)
        .unwrap_or_default();
    assert!(error.split('<').next().unwrap().contains("quote"), "{html}");
    assert!(
        html.contains(r#"value="Putian New Park""#),
        "what was typed stays"
    );
    assert!(
        html.contains("named in the &lt;b&gt;city's&lt;/b&gt; next plan"),
        "escaped"
    );

    let (status, _, location) = page(
        &c,
        "POST",
        "/suggest/new",
        &form("建设莆田新园区"),
        Some(&eve),
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (StatusCode::SEE_OTHER, "/review?done=submitted")
    );
    let (_, queue, _) = page(&c, "GET", "/review", "", Some(&rex)).await;
    assert!(queue.contains("莆田新园区") && queue.contains("&lt;b&gt;city's&lt;/b&gt;"));
    let (status, _, _) = c
        .send("GET", "/api/v1/entities/putian-new-park", None, None, &[])
        .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "nothing is published before review"
    );

    let list = pending(&mut c, &rex).await;
    let id = list[0]["id"].as_str().unwrap().to_owned();
    let (_, map, _) = page(&c, "GET", "/", "", None).await;
    assert!(
        !map.contains(r#"data-facet="source""#),
        "one document: no document filter"
    );
    let (status, done) = decide(&mut c, &rex, &id, "approve").await;
    assert_eq!(status, StatusCode::OK, "{done}");
    let (status, body, _) = c
        .send("GET", "/api/v1/entities/putian-new-park", None, None, &[])
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let uri = format!(
        "/api/v1/entities?source={}",
        encode_pairs(&[("x".into(), DOC.into())]).trim_start_matches("x=")
    );
    let (_, found, _) = c.send("GET", &uri, None, None, &[]).await;
    let found: serde_json::Value = serde_json::from_str(&found).unwrap();
    assert_eq!(
        found["features"].as_array().map(Vec::len),
        Some(1),
        "{found}"
    );
    // Two documents now: the map's filters offer each, with its count.
    let (_, map, _) = page(&c, "GET", "/", "", None).await;
    let group = map
        .split(r#"data-facet="source""#)
        .nth(1)
        .expect("a document filter");
    assert!(
        group.contains(DOC) && group.contains(r#"value="plan""#),
        "{group}"
    );
}
