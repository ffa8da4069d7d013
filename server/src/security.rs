//! Security headers: one policy, built from the configuration at start-up, applied to every
//! response. Pages get a Content-Security-Policy that allows exactly their inline scripts:
//! by the per-request nonce Leptos puts on them, or by their hashes for a kept page
//! ([`crate::cached_page`]); everything else gets the same policy without either.
use app::EMBED_PATH;
use axum::{
    extract::{Request, State},
    http::{header, HeaderValue},
    middleware::Next,
    response::Response,
};

/// What the server allows browsers to do with its responses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecurityPolicy {
    /// `frame-ancestors` sources for [`EMBED_PATH`], e.g. `*` or `https://a.example 'self'`.
    embed_ancestors: String,
    /// Extra `img-src` source for a configured tile server (`https://*.tile.example.org`).
    tile_source: Option<String>,
}

impl SecurityPolicy {
    /// `embed_ancestors` must already be validated ([`crate::config`] does it).
    pub fn new(embed_ancestors: &str, tile_url: Option<&str>) -> Self {
        SecurityPolicy {
            embed_ancestors: embed_ancestors.to_string(),
            tile_source: tile_url.and_then(tile_source),
        }
    }

    fn is_embed(path: &str) -> bool {
        path.strip_prefix(EMBED_PATH)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }

    /// The Content-Security-Policy for a response to `path` whose inline scripts `scripts`
    /// allows (`'nonce-…'` or `'sha256-…'` source expressions).
    ///
    /// Styles allow `'unsafe-inline'` because server-rendered swatches and Leaflet's
    /// positioning use `style` attributes; scripts never do.
    pub fn csp(&self, path: &str, scripts: &[String]) -> String {
        let ancestors = if Self::is_embed(path) {
            self.embed_ancestors.as_str()
        } else {
            "'self'"
        };
        let inline: String = scripts.iter().map(|s| format!(" {s}")).collect();
        let tiles = self
            .tile_source
            .as_ref()
            .map(|t| format!(" {t}"))
            .unwrap_or_default();
        format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{inline}; \
             style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:{tiles}; \
             connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
             frame-ancestors {ancestors}"
        )
    }
}

/// `https://{s}.tile.example.org/{z}/{x}/{y}.png` → `https://*.tile.example.org`.
fn tile_source(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split('/').next()?;
    let mut out = String::new();
    let mut in_placeholder = false;
    for c in host.chars() {
        match c {
            '{' => {
                in_placeholder = true;
                out.push('*');
            }
            '}' => in_placeholder = false,
            _ if !in_placeholder => out.push(c),
            _ => {}
        }
    }
    let safe = out
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-.:*".contains(c));
    (safe && !out.is_empty()).then(|| format!("{scheme}://{out}"))
}

/// Middleware: adds the headers every response carries, and the CSP unless the page
/// renderer (or the page cache) already set one for the page's scripts.
pub async fn headers(
    State(policy): State<std::sync::Arc<SecurityPolicy>>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_string();
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    if !SecurityPolicy::is_embed(&path) {
        // For browsers that predate frame-ancestors.
        h.insert(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("SAMEORIGIN"),
        );
    }
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        if let Ok(v) = HeaderValue::from_str(&policy.csp(&path, &[])) {
            h.insert(header::CONTENT_SECURITY_POLICY, v);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_embed_page_may_be_framed_by_others() {
        let p = SecurityPolicy::new("*", None);
        assert!(p.csp("/embed", &[]).ends_with("frame-ancestors *"));
        assert!(p.csp("/", &[]).ends_with("frame-ancestors 'self'"));
        assert!(p.csp("/embedded", &[]).ends_with("frame-ancestors 'self'"));
    }

    #[test]
    fn nonce_and_tile_server_are_allowed() {
        let p = SecurityPolicy::new(
            "https://a.example",
            Some("https://{s}.tile.example.org/{z}/{x}/{y}.png"),
        );
        let csp = p.csp("/embed", &["'nonce-abc'".to_string()]);
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'nonce-abc';"));
        assert!(csp.contains("img-src 'self' data: blob: https://*.tile.example.org;"));
        assert!(csp.ends_with("frame-ancestors https://a.example"));
    }

    #[test]
    fn odd_tile_urls_add_nothing() {
        assert_eq!(tile_source("not a url"), None);
        assert_eq!(tile_source("https://a;b/x"), None);
    }
}
