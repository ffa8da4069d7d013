//! Map pages for anonymous visitors are rendered once and kept; their inline scripts are
//! then allowed by hash instead of a nonce. Signed-in visitors always get a fresh page.
use crate::support;

use axum::{body::Body, http::Request, response::Response, Router};
use sha2::{Digest, Sha256};
use support::{app, text};
use tower::ServiceExt;

async fn get(app: &Router, uri: &str, cookie: Option<&str>) -> (String, String) {
    let mut req = Request::get(uri);
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let resp: Response = app
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let csp = resp.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    (csp, text(resp).await)
}

/// The page's inline scripts' texts.
fn scripts(html: &str) -> Vec<&str> {
    html.split("<script")
        .skip(1)
        .filter_map(|rest| rest.split_once('>')?.1.split_once("</script>").map(|t| t.0))
        .collect()
}

fn hash(text: &str) -> String {
    use base64::Engine;
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

#[tokio::test]
async fn a_kept_page_allows_its_scripts_by_hash_and_a_session_gets_a_fresh_one() {
    let app = app();
    let url = "/?tier=national&lang=en";
    let (first_csp, first) = get(&app, url, None).await;
    assert!(
        first_csp.contains("'nonce-"),
        "the first visitor's page is rendered: {first_csp}"
    );
    // The page is kept by a blocking task once it has been sent.
    let mut kept = None;
    for _ in 0..600 {
        let (csp, html) = get(&app, url, None).await;
        if csp.contains("'sha256-") {
            kept = Some((csp, html));
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let (csp, html) = kept.expect("the page is kept within a minute");
    assert!(
        !csp.contains("'nonce-") && !html.contains(" nonce=\""),
        "{csp}"
    );
    assert!(!scripts(&html).is_empty());
    for s in scripts(&html) {
        assert!(
            csp.contains(&hash(s)),
            "{} is allowed: {csp}",
            &s[..s.len().min(60)]
        );
    }
    let nonce = first
        .split(" nonce=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap();
    assert_eq!(
        html,
        first.replace(&format!(" nonce=\"{nonce}\""), ""),
        "the same page"
    );
    // A visitor with a session (even a stale one) may see staff links: never the kept page.
    let (signed_csp, _) = get(&app, url, Some("atlas_session=stale")).await;
    assert!(signed_csp.contains("'nonce-"), "{signed_csp}");
    // Another URL is another page.
    let (other_csp, _) = get(&app, "/?tier=provincial&lang=en", None).await;
    assert!(other_csp.contains("'nonce-"), "{other_csp}");
}
