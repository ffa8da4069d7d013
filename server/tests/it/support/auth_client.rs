//! A client of the router with two accounts (ada, admin; eve, editor) that checks, when
//! dropped, that no response it saw carried a password hash.
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use server::auth::accounts::Actor;
use server::auth::admin::add_user;
use server::config::Config;
use server::router;
use tower::ServiceExt;

use super::{state_with, text};

pub const PW: &str = "a long enough password";

pub struct Client {
    pub app: Router,
    pub store: server::store::Store,
    /// Where requests come from (the throttle counts per address too).
    pub from: std::net::SocketAddr,
    /// Every body seen, to check that none carries a password hash.
    pub seen: Vec<String>,
}

impl Client {
    pub async fn new() -> Client {
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
    pub async fn send(
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

    pub async fn login(&mut self, name: &str, password: &str) -> (StatusCode, Option<String>) {
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
