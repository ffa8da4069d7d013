//! Curation through the router: an editor proposes, another reviewer approves, and the map,
//! API and ETags change at once; self-approval is 403, a stale base 409; locked fields and
//! bad sources are 400s naming the field; HTML in a note, reason or source comes out escaped;
//! history lists the diff and a revert restores the old point.
mod support;

use axum::http::StatusCode;
use serde_json::{json, Value};
use server::auth::accounts::Actor;
use server::auth::admin::add_user;
use support::auth_client::{Client, PW};

const ID: &str = "beidou-gaofen-big-data-platform";
const SOURCE: &str = r#"{"title": "<b>莆田市政府</b> 公告", "date": "2026-05-01"}"#;

async fn with_reviewer() -> (Client, String, String) {
    let mut c = Client::new().await;
    let who = Actor {
        name: None,
        address: "test".into(),
    };
    add_user(&c.store, "rex", app::model::Role::Reviewer, PW, &who)
        .await
        .unwrap();
    let editor = c.login("eve", PW).await.1.unwrap();
    let reviewer = c.login("rex", PW).await.1.unwrap();
    (c, editor, reviewer)
}

fn move_site(base: u64, lon: f64, lat: f64) -> Value {
    json!({
        "entity_id": ID,
        "base_revision": base,
        "changes": {
            "members": [{"name_zh": "莆田“北斗+高分”综合大数据应用平台", "lon": lon, "lat": lat,
                         "precision": "site", "city": "莆田市", "district": "城厢区"}],
            "note": "<script>alert(1)</script>",
        },
        "reason": "located <i>on site</i>",
        "source": serde_json::from_str::<Value>(SOURCE).unwrap(),
    })
}

async fn entity(c: &mut Client) -> Value {
    let (status, body, _) = c
        .send("GET", &format!("/api/v1/entities/{ID}"), None, None, &[])
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).unwrap()
}

async fn propose(c: &mut Client, cookie: &str, body: Value) -> (StatusCode, Value) {
    let (status, body, _) = c
        .send("POST", "/api/v1/suggestions", Some(body), Some(cookie), &[])
        .await;
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

async fn decide(c: &mut Client, cookie: &str, id: &str, verb: &str) -> (StatusCode, Value) {
    let uri = format!("/api/v1/suggestions/{id}/{verb}");
    let body = json!({"comment": "checked against the <u>announcement</u>"});
    let (status, body, _) = c.send("POST", &uri, Some(body), Some(cookie), &[]).await;
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

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
