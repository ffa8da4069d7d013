//! Accounts through the router: every write needs a session (401) and the role (403), never
//! from another site (403); bad bodies are 400s naming the body; no response carries a hash.
use crate::support;

use axum::http::StatusCode;
use support::auth_client::{Client, PW};

#[tokio::test]
async fn writes_need_a_session_and_the_role() {
    let mut c = Client::new().await;
    let new_user = serde_json::json!({"name": "x", "role": "editor", "password": PW});
    let writes: [(&str, &str, Option<serde_json::Value>); 6] = [
        ("POST", "/api/v1/users", Some(new_user.clone())),
        (
            "PATCH",
            "/api/v1/users/eve",
            Some(serde_json::json!({"disabled": true})),
        ),
        (
            "POST",
            "/api/v1/session/password",
            Some(
                serde_json::json!({"current_password": PW, "new_password": "another long password"}),
            ),
        ),
        ("DELETE", "/api/v1/session", None),
        ("GET", "/api/v1/users", None),
        ("GET", "/api/v1/audit", None),
    ];
    for (method, uri, body) in writes.clone() {
        let (status, body, _) = c.send(method, uri, body, None, &[]).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{method} {uri}: {body}");
        assert!(body.contains("\"error\""), "{body}");
    }
    let (status, editor) = c.login("eve", PW).await;
    assert_eq!(status, StatusCode::OK);
    for (method, uri, body) in &writes[..2] {
        let (status, body, _) = c
            .send(method, uri, body.clone(), editor.as_deref(), &[])
            .await;
        assert_eq!(
            status,
            StatusCode::FORBIDDEN,
            "an editor on {method} {uri}: {body}"
        );
    }
    let (_, admin) = c.login("ada", PW).await;
    let (status, body, _) = c
        .send(
            "POST",
            "/api/v1/users",
            Some(new_user),
            admin.as_deref(),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (status, body, _) = c
        .send("GET", "/api/v1/users", None, admin.as_deref(), &[])
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("\"eve\"") && !body.contains("password_hash"),
        "{body}"
    );
    let (status, body, _) = c
        .send(
            "GET",
            "/api/v1/audit?action=user_added",
            None,
            admin.as_deref(),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("\"actor\":\"ada\"") && body.contains("\"target\":\"x\""),
        "{body}"
    );
}

#[tokio::test]
async fn cross_site_writes_are_refused() {
    let mut c = Client::new().await;
    let creds = serde_json::json!({"name": "ada", "password": PW});
    for origin in [
        ("origin", "https://evil.example"),
        ("sec-fetch-site", "cross-site"),
    ] {
        let (status, body, cookie) = c
            .send(
                "POST",
                "/api/v1/session",
                Some(creds.clone()),
                None,
                &[("host", "atlas.test"), origin],
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{origin:?}: {body}");
        assert!(cookie.is_none());
    }
    let same = [("host", "atlas.test"), ("origin", "http://atlas.test")];
    let (status, _, cookie) = c
        .send("POST", "/api/v1/session", Some(creds), None, &same)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(cookie.is_some());
}

#[tokio::test]
async fn bad_bodies_are_400s_naming_the_body() {
    let mut c = Client::new().await;
    let (status, body, _) = c.send("POST", "/api/v1/session", None, None, &[]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body.contains("\"param\":\"body\""));
    let (status, body, _) = c
        .send(
            "POST",
            "/api/v1/session",
            Some(serde_json::json!({"name": "ada"})),
            None,
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
}
