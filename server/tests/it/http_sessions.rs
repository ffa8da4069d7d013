//! Signing in through the router: wrong passwords are throttled (429) and each login gets a
//! new session; disabled accounts cannot sign in; a reset password must be replaced first;
//! sessions end when idle or too old; no response carries a hash.
use crate::support;

use axum::http::StatusCode;
use support::auth_client::{Client, PW};

#[tokio::test]
async fn wrong_passwords_are_throttled_and_sessions_are_new_at_each_login() {
    let mut c = Client::new().await;
    for _ in 0..5 {
        assert_eq!(
            c.login("ada", "wrong password!!").await.0,
            StatusCode::UNAUTHORIZED
        );
    }
    let creds = serde_json::json!({"name": "ada", "password": PW});
    let (status, body, _) = c
        .send("POST", "/api/v1/session", Some(creds), None, &[])
        .await;
    assert_eq!(
        status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password, for a minute"
    );
    assert!(body.contains("try again"), "{body}");
    assert_eq!(
        c.login("eve", PW).await.0,
        StatusCode::TOO_MANY_REQUESTS,
        "from that address too"
    );
    c.from = ([10, 0, 0, 2], 5000).into();
    let (a, b) = (c.login("eve", PW).await.1, c.login("eve", PW).await.1);
    assert!(a.is_some() && a != b, "a new session id at every login");
    let (status, body, _) = c
        .send("GET", "/api/v1/session", None, a.as_deref(), &[])
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("\"role\":\"editor\""), "{body}");
    assert_eq!(
        c.send("DELETE", "/api/v1/session", None, a.as_deref(), &[])
            .await
            .0,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        c.send("GET", "/api/v1/session", None, a.as_deref(), &[])
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        c.send("GET", "/api/v1/session", None, b.as_deref(), &[])
            .await
            .0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn disabled_accounts_cannot_sign_in_and_resets_must_be_replaced() {
    let mut c = Client::new().await;
    let (_, admin) = c.login("ada", PW).await;
    let (_, eve) = c.login("eve", PW).await;
    let disable = serde_json::json!({"disabled": true});
    let (status, body, _) = c
        .send(
            "PATCH",
            "/api/v1/users/eve",
            Some(disable),
            admin.as_deref(),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        c.send("GET", "/api/v1/session", None, eve.as_deref(), &[])
            .await
            .0,
        StatusCode::UNAUTHORIZED,
        "signed out"
    );
    assert_eq!(
        c.login("eve", PW).await.0,
        StatusCode::FORBIDDEN,
        "a disabled account cannot sign in"
    );
    let enable = serde_json::json!({"disabled": false, "reset_password": "temporary password 1"});
    c.send(
        "PATCH",
        "/api/v1/users/eve",
        Some(enable),
        admin.as_deref(),
        &[],
    )
    .await;
    let (status, eve) = c.login("eve", "temporary password 1").await;
    assert_eq!(status, StatusCode::OK);
    let (_, body, _) = c
        .send("GET", "/api/v1/session", None, eve.as_deref(), &[])
        .await;
    assert!(body.contains("\"must_change_password\":true"), "{body}");
    let short =
        serde_json::json!({"current_password": "temporary password 1", "new_password": "short"});
    let (status, body, _) = c
        .send(
            "POST",
            "/api/v1/session/password",
            Some(short),
            eve.as_deref(),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("\"param\":\"new_password\""), "{body}");
    let good = serde_json::json!({"current_password": "temporary password 1", "new_password": "eve's own long password"});
    let (status, _, _) = c
        .send(
            "POST",
            "/api/v1/session/password",
            Some(good),
            eve.as_deref(),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let demote = serde_json::json!({"role": "editor"});
    let (status, body, _) = c
        .send(
            "PATCH",
            "/api/v1/users/ada",
            Some(demote),
            admin.as_deref(),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "the last admin stays: {body}");
}

#[tokio::test]
async fn sessions_end_when_idle_or_too_old() {
    let mut c = Client::new().await;
    let (_, idle) = c.login("eve", PW).await;
    let (_, old) = c.login("ada", PW).await;
    // The defaults: 60 idle minutes, 12 hours in all.
    let ago = |ms: i64| server::store::now_ms() - ms;
    sqlx::query("UPDATE sessions SET last_seen = $1 WHERE user_name = 'eve'")
        .bind(ago(61 * 60_000))
        .execute(&c.store.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE sessions SET created_at = $1 WHERE user_name = 'ada'")
        .bind(ago(13 * 3_600_000))
        .execute(&c.store.pool)
        .await
        .unwrap();
    for cookie in [idle, old] {
        let (status, _, _) = c
            .send("GET", "/api/v1/session", None, cookie.as_deref(), &[])
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let left: i64 = sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) AS n FROM sessions")
            .fetch_one(&c.store.pool)
            .await
            .unwrap(),
        "n",
    );
    assert_eq!(left, 0, "expired sessions are deleted");
}
