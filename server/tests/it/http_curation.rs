//! Curation through the router: an editor proposes, another reviewer approves, and the map,
//! API and ETags change at once; self-approval is 403, a stale base 409; locked fields and
//! bad sources are 400s naming the field; HTML in a note, reason or source comes out escaped;
//! history lists the diff and a revert restores the old point.
use crate::support;

use axum::http::StatusCode;
use serde_json::{json, Value};
use support::auth_client::PW;
use support::curation::{decide, entity, move_site, propose, with_reviewer, ID};

#[tokio::test]
async fn a_reviewed_move_is_published_at_once_and_can_be_reverted() {
    let (mut c, editor, reviewer) = with_reviewer().await;
    let before = entity(&mut c).await;
    assert_eq!(before["properties"]["revision"], 0);
    let (_, _, _) = c.send("GET", "/healthz", None, None, &[]).await;
    let (status, created) = propose(&mut c, &editor, move_site(0, 119.0071, 25.4412)).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_str().unwrap().to_owned();

    // Nothing is published before approval, and the queue shows the diff.
    assert_eq!(entity(&mut c).await, before);
    let (status, queue, _) = c
        .send(
            "GET",
            "/api/v1/suggestions?status=pending&city=莆田",
            None,
            Some(&reviewer),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{queue}");
    let queue: Value = serde_json::from_str(&queue).unwrap();
    let fields: Vec<&str> = queue["suggestions"][0]["diff"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"members") && fields.contains(&"precision"),
        "{fields:?}"
    );
    let (_, none, _) = c
        .send(
            "GET",
            "/api/v1/suggestions?status=pending&city=福州",
            None,
            Some(&reviewer),
            &[],
        )
        .await;
    assert!(none.contains("\"suggestions\":[]"), "{none}");

    let (status, done) = decide(&mut c, &reviewer, &id, "approve").await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["revision"], 1);
    let after = entity(&mut c).await;
    let p = &after["properties"];
    assert_eq!(p["revision"], 1);
    assert_eq!(p["precision"], "site");
    assert_eq!(after["geometry"]["coordinates"], json!([119.0071, 25.4412]));
    let provenance = p["provenance"].as_array().unwrap();
    let members = provenance.iter().find(|f| f["field"] == "members").unwrap();
    assert_eq!(members["reviewer"], "rex");
    assert_eq!(members["source"]["title"], "<b>莆田市政府</b> 公告");

    // The list, the export and the health check see the new state and a new version.
    let (_, list, _) = c
        .send(
            "GET",
            "/api/v1/entities?city=莆田&limit=500",
            None,
            None,
            &[],
        )
        .await;
    assert!(
        list.contains("119.0071"),
        "the list still shows the old point"
    );
    let (_, health, _) = c.send("GET", "/healthz", None, None, &[]).await;
    assert!(health.contains("-r1"), "{health}");

    // The feed escapes what the editor typed.
    let (status, feed, _) = c
        .send("GET", "/feeds/changes.atom?city=莆田市", None, None, &[])
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        feed.contains("&lt;b&gt;莆田市政府&lt;/b&gt;") && !feed.contains("<b>"),
        "{feed}"
    );
    assert!(
        feed.contains("located &lt;i&gt;on site&lt;/i&gt;"),
        "{feed}"
    );
    let (_, other, _) = c
        .send("GET", "/feeds/changes.atom?city=福州市", None, None, &[])
        .await;
    assert!(!other.contains("<entry>"), "{other}");

    // History: newest first, with the diff; a revert restores the old point as revision 2.
    let (_, history, _) = c
        .send(
            "GET",
            &format!("/api/v1/entities/{ID}/history"),
            None,
            None,
            &[],
        )
        .await;
    let history: Value = serde_json::from_str(&history).unwrap();
    assert_eq!(history["revisions"][0]["revision"], 1);
    assert_eq!(history["revisions"][0]["proposed_by"], "eve");
    assert_eq!(history["revisions"][1]["revision"], 0);
    let uri = format!("/api/v1/entities/{ID}/revert");
    let body = json!({"revision": 0, "reason": "the announcement was about another site"});
    let (status, _, _) = c
        .send("POST", &uri, Some(body.clone()), Some(&editor), &[])
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "an editor cannot revert");
    let (status, reverted, _) = c.send("POST", &uri, Some(body), Some(&reviewer), &[]).await;
    assert_eq!(status, StatusCode::OK, "{reverted}");
    let back = entity(&mut c).await;
    assert_eq!(back["geometry"], before["geometry"]);
    assert_eq!(back["properties"]["precision"], "city");
    assert_eq!(back["properties"]["revision"], 2);
}

#[tokio::test]
async fn nobody_approves_their_own_and_a_stale_base_is_a_conflict() {
    let (mut c, editor, reviewer) = with_reviewer().await;
    let (_, own) = propose(&mut c, &reviewer, move_site(0, 119.0071, 25.4412)).await;
    let (status, body) = decide(&mut c, &reviewer, own["id"].as_str().unwrap(), "approve").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");

    let (_, first) = propose(&mut c, &editor, move_site(0, 119.0071, 25.4412)).await;
    let (_, second) = propose(&mut c, &editor, move_site(0, 119.0081, 25.4420)).await;
    let admin = c.login("ada", PW).await.1.unwrap();
    assert_eq!(
        decide(&mut c, &admin, first["id"].as_str().unwrap(), "approve")
            .await
            .0,
        StatusCode::OK
    );
    let second = second["id"].as_str().unwrap().to_owned();
    let (status, body) = decide(&mut c, &admin, &second, "approve").await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert!(body.to_string().contains("rebase"), "{body}");
    // Its author rebases it onto revision 1; then it can be approved.
    let uri = format!("/api/v1/suggestions/{second}/rebase");
    let (status, rebased, _) = c.send("POST", &uri, None, Some(&editor), &[]).await;
    assert_eq!(status, StatusCode::OK, "{rebased}");
    assert_eq!(
        decide(&mut c, &admin, &second, "approve").await.0,
        StatusCode::OK
    );
    assert_eq!(entity(&mut c).await["properties"]["revision"], 2);
    // A decided suggestion cannot be decided again.
    assert_eq!(
        decide(&mut c, &admin, &second, "reject").await.0,
        StatusCode::CONFLICT
    );
}
