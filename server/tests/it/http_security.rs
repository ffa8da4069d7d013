//! Security headers: who may frame which page, the script nonce, and the headers every
//! response carries.
use crate::support;

use axum::{body::Body, http::Request, response::Response};
use server::config::Config;
use support::{app_with, get, text};
use tower::ServiceExt;

fn header<'a>(resp: &'a Response, name: &str) -> Option<&'a str> {
    resp.headers().get(name).and_then(|v| v.to_str().ok())
}

/// The nonce in the CSP must be the one on the page's inline scripts, or hydration breaks.
async fn nonce_matches_page(resp: Response) -> String {
    let csp = header(&resp, "content-security-policy")
        .expect("page has a CSP")
        .to_string();
    let html = text(resp).await;
    let nonce = html
        .split("nonce=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("page has nonced inline scripts");
    assert!(csp.contains(&format!("'nonce-{nonce}'")), "{csp}");
    assert!(!csp.contains("'unsafe-inline' 'wasm") && !csp.contains("script-src *"));
    csp
}

#[tokio::test]
async fn main_page_may_only_be_framed_by_this_site() {
    let resp = get("/?sector=new_materials").await;
    assert_eq!(resp.status(), 200);
    assert_eq!(header(&resp, "x-frame-options"), Some("SAMEORIGIN"));
    assert_eq!(header(&resp, "x-content-type-options"), Some("nosniff"));
    assert_eq!(
        header(&resp, "referrer-policy"),
        Some("strict-origin-when-cross-origin")
    );
    let csp = nonce_matches_page(resp).await;
    assert!(csp.ends_with("frame-ancestors 'self'"), "{csp}");
}

#[tokio::test]
async fn embed_page_may_be_framed_by_anyone_by_default() {
    let resp = get("/embed?sector=new_materials&title=x").await;
    assert_eq!(resp.status(), 200);
    assert_eq!(header(&resp, "x-frame-options"), None);
    assert_eq!(header(&resp, "x-content-type-options"), Some("nosniff"));
    let csp = nonce_matches_page(resp).await;
    assert!(csp.ends_with("frame-ancestors *"), "{csp}");
}

#[tokio::test]
async fn embed_framing_follows_the_configuration() {
    let env = |k: &str| (k == "ATLAS_FRAME_ANCESTORS").then(|| "https://slides.example".into());
    let config = Config::from_args_and_env([], env).unwrap();
    let resp = app_with(config)
        .oneshot(Request::get("/embed").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let csp = header(&resp, "content-security-policy").unwrap();
    assert!(
        csp.ends_with("frame-ancestors https://slides.example"),
        "{csp}"
    );
}

#[tokio::test]
async fn api_static_and_error_responses_carry_the_headers_too() {
    for uri in [
        "/api/v1/entities?limit=1",
        "/api/v1/entities?tier=mega",
        "/vendor/leaflet/leaflet.css",
        "/no-such-page",
    ] {
        let resp = get(uri).await;
        assert_eq!(
            header(&resp, "x-content-type-options"),
            Some("nosniff"),
            "{uri}"
        );
        let csp = header(&resp, "content-security-policy").unwrap_or_default();
        assert!(csp.contains("frame-ancestors 'self'"), "{uri}: {csp}");
        assert!(csp.contains("object-src 'none'"), "{uri}: {csp}");
    }
}
