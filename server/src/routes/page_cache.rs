//! Middleware: map pages for anonymous visitors come from [`PageCache`], rendered once per
//! URL and data version. The first request renders the page as usual (and is answered with
//! it); a blocking task then compresses it and keeps it for the next visitor.
//! Signed-in visitors, whose pages show staff links, always get a fresh render.
use app::PAGES;
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::ApiError;
use crate::auth::session::token_from;
use crate::cached_page::{CachedPage, PageCache};
use crate::state::AppState;

/// A rendered page (~285 KB) is far below this; a body past it, like one whose stream fails,
/// cannot be buffered and is answered as an internal error (logged).
const MAX_PAGE_BYTES: usize = 8 << 20;

pub async fn serve(State(s): State<AppState>, req: Request, next: Next) -> Response {
    // Every request passes here: the cookie is read only for a page.
    let page = req.method() == Method::GET && PAGES.contains(&req.uri().path());
    if !page || token_from(&s.auth, req.headers()).is_some() {
        return next.run(req).await;
    }
    let path = req.uri().path().to_string();
    let url = req
        .uri()
        .path_and_query()
        .map_or(path.clone(), |p| p.to_string());
    let key = PageCache::key(&s.data().version, &url);
    if let Some(kept) = s.pages.get(&key) {
        let mut res = kept.body.respond(req.headers());
        if let Ok(v) = HeaderValue::from_str(&s.security.csp(&path, &kept.scripts)) {
            res.headers_mut().insert(header::CONTENT_SECURITY_POLICY, v);
        }
        return res;
    }
    let res = next.run(req).await;
    if !keepable(&res) || !s.pages.claim(&key) {
        return res;
    }
    let (parts, body) = res.into_parts();
    let bytes = match to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(b) => b,
        Err(e) => {
            s.pages.fill(&key, None);
            return ApiError::Internal(format!("page {url}: {e}")).into_response();
        }
    };
    let nonce = parts
        .headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .and_then(nonce_of)
        .map(str::to_string);
    let html = bytes.clone();
    let pages = s.pages.clone();
    tokio::task::spawn_blocking(move || {
        let page = std::str::from_utf8(&html)
            .ok()
            .map(|h| CachedPage::new(h, nonce.as_deref()));
        pages.fill(&key, page);
    });
    Response::from_parts(parts, Body::from(bytes))
}

/// A whole page as anyone may get it: 200, HTML, and no cookie of its own.
fn keepable(res: &Response) -> bool {
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    res.status() == StatusCode::OK && html && !res.headers().contains_key(header::SET_COOKIE)
}

/// The nonce a CSP allows: `… 'nonce-abc' …` → `abc`.
fn nonce_of(csp: &str) -> Option<&str> {
    csp.split("'nonce-").nth(1)?.split('\'').next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nonce_is_read_from_the_policy() {
        let csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'nonce-Ab_9'; x";
        assert_eq!(nonce_of(csp), Some("Ab_9"));
        assert_eq!(nonce_of("script-src 'self'"), None);
    }

    #[test]
    fn only_whole_public_html_pages_are_kept() {
        let page = |status: StatusCode, kind: &str, cookie: bool| {
            let mut r = Response::builder()
                .status(status)
                .header(header::CONTENT_TYPE, kind);
            if cookie {
                r = r.header(header::SET_COOKIE, "a=b");
            }
            r.body(Body::empty()).unwrap()
        };
        assert!(keepable(&page(
            StatusCode::OK,
            "text/html; charset=utf-8",
            false
        )));
        assert!(!keepable(&page(StatusCode::OK, "text/html", true)));
        assert!(!keepable(&page(
            StatusCode::BAD_REQUEST,
            "text/html",
            false
        )));
        assert!(!keepable(&page(StatusCode::OK, "application/json", false)));
    }
}
