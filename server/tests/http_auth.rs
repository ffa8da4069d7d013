//! Accounts through the router: every write needs a session (401) and the role (403), never
//! from another site (403); wrong passwords are throttled (429); disabled accounts cannot
//! sign in; a reset password must be replaced first; no response carries a hash.
mod support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use server::auth::accounts::{add_user, Actor};
use server::config::Config;
use server::router;
use support::{state_with, text};
use tower::ServiceExt;

const PW: &str = "a long enough password";

struct Client {
    app: Router,
    store: server::store::Store,
    /// Where requests come from (the throttle counts per address too).
    from: std::net::SocketAddr,
    /// Every body seen, to check that none carries a password hash.
    seen: Vec<String>,
}

impl Client {
    async fn new() -> Client {
        let state = state_with(Config::from_args_and_env([], |_| None).unwrap());
        let who = Actor {
            name: None,
            address: "test".into(),
        };
        for (name, role) in [
            ("ada", app::model::Role::Admin),
            ("eve", app::model::Role::Editor),
        ] {
            add_user(&state.store, name, role, PW, &who).await.unwrap();
        }
        Client {
            store: state.store.clone(),
            app: router(state),
            from: ([10, 0, 0, 1], 5000).into(),
            seen: Vec::new(),
        }
    }

    /// `(status, body, Set-Cookie)` of a request with an optional JSON body and cookie.
    async fn send(
        &mut self,
        method: &str,
        uri: &str,
        body: Option<serde_json::Value>,
        cookie: Option<&str>,
        extra: &[(&str, &str)],
    ) -> (StatusCode, String, Option<String>) {
        let mut req = Request::builder().method(method).uri(uri);
        if body.is_some() {
            req = req.header(header::CONTENT_TYPE, "application/json");
        }
        if let Some(c) = cookie {
            req = req.header(header::COOKIE, c);
        }
        for (k, v) in extra {
            req = req.header(*k, *v);
        }
        let body = body.map_or(Body::empty(), |b| Body::from(b.to_string()));
        let mut req = req.body(body).unwrap();
        req.extensions_mut()
            .insert(axum::extract::ConnectInfo(self.from));
        let resp = self.app.clone().oneshot(req).await.unwrap();
        let status = resp.status();
        let cookie = resp
            .headers()
            .get(header::SET_COOKIE)
            .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_string());
        let body = text(resp).await;
        self.seen.push(body.clone());
        (status, body, cookie)
    }

    async fn login(&mut self, name: &str, password: &str) -> (StatusCode, Option<String>) {
        let creds = serde_json::json!({"name": name, "password": password});
        let (status, _, cookie) = self
            .send("POST", "/api/v1/session", Some(creds), None, &[])
            .await;
        (status, cookie)
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        for body in &self.seen {
            assert!(
                !body.contains("$argon2"),
                "a response carried a hash: {body}"
            );
        }
    }
}

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
