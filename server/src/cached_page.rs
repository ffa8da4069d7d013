//! Pages as anonymous visitors get them, rendered and compressed once per URL and data
//! version: the HTML is then on the wire at once, where rendering and compressing it took
//! ~20 ms of the first screen (BENCHMARKS.md, "First screen, fifth pass").
//!
//! A kept page cannot carry a per-request nonce, so its inline scripts are allowed by their
//! SHA-256 hashes in its Content-Security-Policy instead (CSP Level 2 `'sha256-…'`).
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::compressed::Compressed;

/// Distinct pages kept; past this the cache starts again (a bound on memory, ~350 KB a
/// page: the common views come straight back).
const MAX_PAGES: usize = 64;

/// One rendered page, without its nonce, and the hashes of its inline scripts.
#[derive(Debug)]
pub struct CachedPage {
    pub body: Compressed,
    /// CSP source expressions, one per distinct inline script: `'sha256-…'`.
    pub scripts: Vec<String>,
}

impl CachedPage {
    /// `html` as rendered for one request, whose inline scripts carry `nonce`.
    pub fn new(html: &str, nonce: Option<&str>) -> CachedPage {
        let html = match nonce {
            Some(n) => html.replace(&format!(" nonce=\"{n}\""), ""),
            None => html.to_string(),
        };
        let mut scripts: Vec<String> = inline_scripts(&html).map(script_hash).collect();
        scripts.sort();
        scripts.dedup();
        CachedPage {
            body: Compressed::quick(html.into_bytes(), "text/html; charset=utf-8"),
            scripts,
        }
    }
}

/// `'sha256-…'` for one script's text, as the browser hashes it.
fn script_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The text of each inline `<script>` of a page this server rendered. Its scripts are
/// Leptos's and the app's own, whose text never holds `</script` (Leptos escapes `<` in the
/// data it writes), so the first `</script>` after a tag ends it.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script").skip(1).filter_map(|rest| {
        let (tag, after) = rest.split_once('>')?;
        let (text, _) = after.split_once("</script>")?;
        (!tag.contains(" src=")).then_some(text)
    })
}

/// The kept pages by key (see [`PageCache::key`]); `None` while one request renders it.
#[derive(Debug, Default)]
pub struct PageCache(Mutex<HashMap<String, Option<Arc<CachedPage>>>>);

impl PageCache {
    /// The key of a page: the data version and the URL, so a publish is never served stale.
    pub fn key(data_version: &str, path_and_query: &str) -> String {
        format!("{data_version} {path_and_query}")
    }

    pub fn get(&self, key: &str) -> Option<Arc<CachedPage>> {
        self.lock().get(key).cloned().flatten()
    }

    /// True for the one caller that should render and keep `key` (none is kept yet, and
    /// no other request is doing it).
    pub fn claim(&self, key: &str) -> bool {
        let mut map = self.lock();
        if map.contains_key(key) {
            return false;
        }
        if map.len() >= MAX_PAGES {
            map.clear();
        }
        map.insert(key.to_string(), None);
        true
    }

    /// Keeps `page` under a claimed key, or gives the claim up (`None`).
    pub fn fill(&self, key: &str, page: Option<CachedPage>) {
        let mut map = self.lock();
        match page {
            Some(p) => map.insert(key.to_string(), Some(Arc::new(p))),
            None => map.remove(key),
        };
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<String, Option<Arc<CachedPage>>>> {
        // A panic while holding the lock can only have left a complete map behind.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = concat!(
        r#"<html><head><script type="module" nonce="n0nce">boot("/pkg/a.js")</script>"#,
        r#"<script src="/x.js" nonce="n0nce"></script></head><body><p>nonce="n0nce"</p>"#,
        r#"<script nonce="n0nce">__RESOLVED_RESOURCES[0] = "\u003c/script>";</script>"#,
        r#"<script nonce="n0nce">boot("/pkg/a.js")</script></body></html>"#,
    );

    #[test]
    fn each_inline_script_is_allowed_by_its_hash_and_the_nonce_is_gone() {
        let page = CachedPage::new(PAGE, Some("n0nce"));
        let texts: Vec<&str> = inline_scripts(PAGE).collect();
        assert_eq!(
            texts,
            [
                r#"boot("/pkg/a.js")"#,
                r#"__RESOLVED_RESOURCES[0] = "\u003c/script>";"#,
                r#"boot("/pkg/a.js")"#
            ]
        );
        assert_eq!(page.scripts.len(), 2, "one hash per distinct script");
        // `echo -n 'boot("/pkg/a.js")' | openssl dgst -sha256 -binary | base64`
        assert!(page
            .scripts
            .contains(&"'sha256-cvO1pmncGH+WVLfO2cotQKsnNxXtnlrQ853arSRrO7k='".to_string()));
        let (raw, _, _) = page.body.sizes();
        assert_eq!(raw, PAGE.len() - 4 * r#" nonce="n0nce""#.len());
    }

    #[test]
    fn a_page_is_rendered_once_per_key_and_kept_within_bounds() {
        let cache = PageCache::default();
        let key = PageCache::key("v1", "/?tier=national");
        assert_ne!(key, PageCache::key("v2", "/?tier=national"));
        assert!(cache.claim(&key) && !cache.claim(&key));
        assert!(cache.get(&key).is_none(), "not kept while it renders");
        cache.fill(&key, Some(CachedPage::new(PAGE, None)));
        assert!(cache.get(&key).is_some() && !cache.claim(&key));
        let other = PageCache::key("v1", "/embed");
        assert!(cache.claim(&other));
        cache.fill(&other, None);
        assert!(cache.claim(&other), "a claim given up can be made again");
        for i in 0..MAX_PAGES {
            cache.claim(&format!("k{i}"));
        }
        assert!(cache.lock().len() <= MAX_PAGES);
    }
}
