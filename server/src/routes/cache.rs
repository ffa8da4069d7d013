//! HTTP caching for reads. A response is identified by (data version, canonical request):
//! every replica computes the same ETag, and a matching `If-None-Match` is answered with
//! 304 before any work is done.
use std::future::Future;

use axum::{
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use sha2::{Digest, Sha256};

use super::ApiError;

const CACHE_CONTROL: &str = "public, max-age=300, stale-while-revalidate=86400";

/// The strong ETag of `key` (e.g. path + canonical query) under data `version`.
pub fn etag(version: &str, key: &str) -> String {
    let digest = Sha256::digest(key.as_bytes());
    let short: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("\"{version}-{short}\"")
}

/// 304 if the client already has `key`; otherwise what `build` makes, with ETag and
/// Cache-Control added when it succeeds. `build` may fail (a 4xx/5xx `ApiError`) and may
/// await (drawing an image off the async runtime).
pub async fn cached<F>(
    version: &str,
    key: &str,
    request: &HeaderMap,
    build: impl FnOnce() -> F,
) -> Result<Response, ApiError>
where
    F: Future<Output = Result<Response, ApiError>>,
{
    let tag = etag(version, key);
    let fresh = request
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
    let mut response = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        build().await?
    };
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&tag) {
        headers.insert(header::ETAG, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(CACHE_CONTROL),
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etag_depends_on_version_and_key() {
        assert_eq!(etag("v1", "/a"), etag("v1", "/a"));
        assert_ne!(etag("v1", "/a"), etag("v2", "/a"));
        assert_ne!(etag("v1", "/a"), etag("v1", "/b"));
    }

    #[tokio::test]
    async fn matching_if_none_match_short_circuits() {
        let mut h = HeaderMap::new();
        h.insert(
            header::IF_NONE_MATCH,
            HeaderValue::from_str(&etag("v", "k")).unwrap(),
        );
        let r = cached("v", "k", &h, || async { panic!("must not build") })
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NOT_MODIFIED);
        assert!(r.headers().contains_key(header::ETAG));
    }

    #[tokio::test]
    async fn a_failed_build_is_its_error_without_cache_headers() {
        let r = cached("v", "k", &HeaderMap::new(), || async {
            Err(ApiError::NotFound("gone".into()))
        })
        .await;
        assert!(matches!(r, Err(ApiError::NotFound(_))));
    }
}
