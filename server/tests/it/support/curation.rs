//! Helpers of the curation router tests: an editor (eve) and a reviewer (rex), one
//! city-precision entity, and a suggestion that moves its site.
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::{json, Value};
use server::auth::accounts::Actor;
use server::auth::admin::add_user;
use tower::ServiceExt;

use super::auth_client::{Client, PW};
use super::text;

pub const ID: &str = "beidou-gaofen-big-data-platform";
pub const SOURCE: &str = r#"{"title": "<b>莆田市政府</b> 公告", "date": "2026-05-01"}"#;

pub async fn with_reviewer() -> (Client, String, String) {
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

pub fn move_site(base: u64, lon: f64, lat: f64) -> Value {
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

pub async fn entity(c: &mut Client) -> Value {
    let (status, body, _) = c
        .send("GET", &format!("/api/v1/entities/{ID}"), None, None, &[])
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).unwrap()
}

pub async fn propose(c: &mut Client, cookie: &str, body: Value) -> (StatusCode, Value) {
    let (status, body, _) = c
        .send("POST", "/api/v1/suggestions", Some(body), Some(cookie), &[])
        .await;
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

pub async fn decide(c: &mut Client, cookie: &str, id: &str, verb: &str) -> (StatusCode, Value) {
    let uri = format!("/api/v1/suggestions/{id}/{verb}");
    let body = json!({"comment": "checked against the <u>announcement</u>"});
    let (status, body, _) = c.send("POST", &uri, Some(body), Some(cookie), &[]).await;
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

/// The pending suggestions as `GET /api/v1/suggestions?status=pending` lists them.
pub async fn pending(c: &mut Client, cookie: &str) -> Vec<Value> {
    let uri = "/api/v1/suggestions?status=pending";
    let (status, body, _) = c.send("GET", uri, None, Some(cookie), &[]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let list: Value = serde_json::from_str(&body).unwrap();
    list["suggestions"].as_array().unwrap().clone()
}

/// `(status, body, Location)` of a page request, or of an HTML form's post.
pub async fn page(
    c: &Client,
    method: &str,
    uri: &str,
    form: &str,
    cookie: Option<&str>,
) -> (StatusCode, String, String) {
    let kind = (method == "POST").then_some("application/x-www-form-urlencoded");
    post_page(c, method, uri, kind, form.to_owned(), cookie).await
}

/// The same with any body and content type (a multipart upload).
pub async fn post_page(
    c: &Client,
    method: &str,
    uri: &str,
    kind: Option<&str>,
    body: String,
    cookie: Option<&str>,
) -> (StatusCode, String, String) {
    let mut req = Request::builder().method(method).uri(uri);
    if let Some(kind) = kind {
        req = req.header(header::CONTENT_TYPE, kind);
    }
    if let Some(cookie) = cookie {
        req = req.header(header::COOKIE, cookie);
    }
    let resp = c
        .app
        .clone()
        .oneshot(req.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = resp.status();
    let location = resp
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, text(resp).await, location)
}
