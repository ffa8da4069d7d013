//! Cross-site writes are refused: a browser's POST from another site carries that site's
//! `Origin` (or `Sec-Fetch-Site: cross-site`), which must be this site. Scripts send
//! neither and are judged by their session alone; the session cookie is `SameSite=Lax`
//! besides.
use axum::{
    extract::Request,
    http::{header, Method},
    middleware::Next,
    response::{IntoResponse, Response},
};

use super::ApiError;
use crate::auth::AuthError;

fn same_site(request: &Request) -> bool {
    let h = request.headers();
    let host = h.get(header::HOST).and_then(|v| v.to_str().ok());
    if let Some(origin) = h.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        // `null` (sandboxed frames, some redirects) is never this site.
        let authority = origin.split_once("://").map(|(_, a)| a);
        return authority.is_some() && authority == host;
    }
    match h.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some(site) => matches!(site, "same-origin" | "none"),
        None => true,
    }
}

/// Middleware for every route: a state-changing request from another site gets a 403.
pub async fn refuse_cross_site(request: Request, next: Next) -> Response {
    let writes = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if writes && !same_site(&request) {
        let e = AuthError::Forbidden("cross-site request refused".into());
        return ApiError::from(e).into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn post(headers: &[(&str, &str)]) -> Request {
        let mut r = Request::post("/api/v1/session").header("host", "atlas.example:3000");
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        r.body(Body::empty()).unwrap()
    }

    #[test]
    fn only_this_sites_origin_may_write() {
        assert!(same_site(&post(&[("origin", "http://atlas.example:3000")])));
        assert!(same_site(&post(&[])), "scripts send no Origin");
        assert!(!same_site(&post(&[("origin", "https://evil.example")])));
        assert!(!same_site(&post(&[("origin", "null")])));
        assert!(!same_site(&post(&[("sec-fetch-site", "cross-site")])));
        assert!(same_site(&post(&[("sec-fetch-site", "same-origin")])));
    }
}
