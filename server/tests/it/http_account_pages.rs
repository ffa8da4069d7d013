//! The account pages through the router: plain HTML forms with no script, the same checks
//! as the JSON API (sign-in redirect, 403 page for a role too low), and user text escaped.
use crate::support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use server::auth::accounts::Actor;
use server::auth::admin::add_user;
use server::config::Config;
use server::router;
use support::{state_with, text};
use tower::ServiceExt;

const PW: &str = "a long enough password";

async fn app() -> Router {
    let state = state_with(Config::from_args_and_env([], |_| None).unwrap());
    let who = Actor {
        name: None,
        address: "test".into(),
    };
    add_user(&state.store, "ada", app::model::Role::Admin, PW, &who)
        .await
        .unwrap();
    add_user(&state.store, "eve", app::model::Role::Editor, PW, &who)
        .await
        .unwrap();
    router(state)
}

async fn send(
    app: &Router,
    method: &str,
    uri: &str,
    form: &str,
    cookie: Option<&str>,
) -> (StatusCode, String, Option<String>, Option<String>) {
    let mut req = Request::builder().method(method).uri(uri);
    if method == "POST" {
        req = req.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    }
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    let resp = app
        .clone()
        .oneshot(req.body(Body::from(form.to_owned())).unwrap())
        .await
        .unwrap();
    let status = resp.status();
    let get = |h| {
        resp.headers()
            .get(h)
            .map(|v: &header::HeaderValue| v.to_str().unwrap().to_string())
    };
    let (cookie, location) = (
        get(header::SET_COOKIE).map(|c| c.split(';').next().unwrap().to_string()),
        get(header::LOCATION),
    );
    (status, text(resp).await, cookie, location)
}

async fn sign_in(app: &Router, name: &str) -> String {
    let (status, _, cookie, location) = send(
        app,
        "POST",
        "/login",
        &format!("name={name}&password=a+long+enough+password"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/account"));
    cookie.expect("a session cookie")
}

#[tokio::test]
async fn sign_in_and_account_pages_are_forms_without_scripts() {
    let app = app().await;
    let (status, html, _, _) = send(&app, "GET", "/login?lang=en", "", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(r#"<form method="post" action="/login?lang=en""#),
        "{html}"
    );
    assert!(!html.contains("<script"), "no script on the page");
    let (status, _, _, location) = send(&app, "GET", "/account", "", None).await;
    assert_eq!(
        (status, location.as_deref()),
        (StatusCode::SEE_OTHER, Some("/login")),
        "sign in first"
    );
    let (status, html, _, _) = send(
        &app,
        "POST",
        "/login",
        "name=ada&password=wrong+password+here",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(html.contains("wrong name or password"), "{html}");
    let cookie = sign_in(&app, "ada").await;
    let (status, html, _, _) = send(&app, "GET", "/account", "", Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("<strong>ada") && html.contains("/admin/users"),
        "{html}"
    );
    let (status, _, _, location) = send(&app, "POST", "/logout", "", Some(&cookie)).await;
    assert_eq!(
        (status, location.as_deref()),
        (StatusCode::SEE_OTHER, Some("/login?done=signed_out"))
    );
    let (status, _, _, _) = send(&app, "GET", "/account", "", Some(&cookie)).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "signed out");
}

#[tokio::test]
async fn admin_pages_add_and_change_users_and_refuse_editors() {
    let app = app().await;
    let editor = sign_in(&app, "eve").await;
    let (status, html, _, _) = send(&app, "GET", "/admin/users", "", Some(&editor)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(html.contains("this needs the admin role"), "{html}");
    let (status, _, _, _) = send(
        &app,
        "POST",
        "/admin/users",
        "name=zed&role=editor&password=a+long+enough+password",
        Some(&editor),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let admin = sign_in(&app, "ada").await;
    let (status, _, _, location) = send(
        &app,
        "POST",
        "/admin/users",
        "name=zed&role=reviewer&password=a+long+enough+password",
        Some(&admin),
    )
    .await;
    assert_eq!(
        (status, location.as_deref()),
        (StatusCode::SEE_OTHER, Some("/admin/users?done=user_added"))
    );
    let (status, html, _, _) = send(
        &app,
        "GET",
        "/admin/users?done=user_added",
        "",
        Some(&admin),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(r#"<tr data-user="zed">"#) && html.contains("User added")
            || html.contains("已添加用户"),
        "{html}"
    );
    let (status, html, _, _) = send(
        &app,
        "POST",
        "/admin/users",
        "name=zed&role=editor&password=a+long+enough+password",
        Some(&admin),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{html}");
    let (status, _, _, _) =
        send(&app, "POST", "/admin/users/zed", "op=disable", Some(&admin)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, html, _, _) = send(
        &app,
        "POST",
        "/login",
        "name=zed&password=a+long+enough+password",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{html}");
}

#[tokio::test]
async fn what_users_typed_is_escaped_on_the_audit_page() {
    let app = app().await;
    send(
        &app,
        "POST",
        "/login",
        "name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&password=whatever+it+is",
        None,
    )
    .await;
    let admin = sign_in(&app, "ada").await;
    let (status, html, _, _) = send(
        &app,
        "GET",
        "/admin/audit?action=login_failed",
        "",
        Some(&admin),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(!html.contains("<script>"), "{html}");
    let (status, html, _, _) =
        send(&app, "GET", "/admin/audit?from=yesterday", "", Some(&admin)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("from: expected a date"), "{html}");
}
