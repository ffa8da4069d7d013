//! Session cookies: a random token in an `HttpOnly`, `SameSite=Lax` cookie (`Secure` and
//! `__Host-` over HTTPS); the store keeps its SHA-256 and the times that expire it.
use axum::http::{header, HeaderMap, HeaderValue};
use cookie::{Cookie, SameSite};
use sha2::{Digest, Sha256};

use super::{AuthConfig, AuthError};
use crate::store::{now_ms, SessionRow, Store, UserRow};

/// A session is touched at most this often (ms), so reads do not each write.
const TOUCH_EVERY_MS: i64 = 60_000;

/// The signed-in user behind a request.
#[derive(Clone, Debug)]
pub struct SignedIn {
    pub user: UserRow,
    pub token_hash: String,
}

pub fn cookie_name(cfg: &AuthConfig) -> &'static str {
    if cfg.secure_cookies {
        "__Host-atlas_session"
    } else {
        "atlas_session"
    }
}

/// 256 random bits as hex.
pub fn new_token() -> Result<String, AuthError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| AuthError::Internal(format!("no randomness: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn build(cfg: &AuthConfig, value: String, max_age: cookie::time::Duration) -> HeaderValue {
    let c = Cookie::build((cookie_name(cfg), value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(cfg.secure_cookies)
        .max_age(max_age)
        .build();
    // The cookie crate writes only header-safe characters.
    HeaderValue::from_str(&c.to_string()).unwrap_or(HeaderValue::from_static(""))
}

/// `Set-Cookie` for a new session.
pub fn set_cookie(cfg: &AuthConfig, token: &str) -> (header::HeaderName, HeaderValue) {
    let age = cookie::time::Duration::milliseconds(cfg.max_age_ms);
    (header::SET_COOKIE, build(cfg, token.to_owned(), age))
}

/// `Set-Cookie` that removes the session cookie.
pub fn clear_cookie(cfg: &AuthConfig) -> (header::HeaderName, HeaderValue) {
    (
        header::SET_COOKIE,
        build(cfg, String::new(), cookie::time::Duration::ZERO),
    )
}

/// The session token the request carries, if any.
pub fn token_from(cfg: &AuthConfig, headers: &HeaderMap) -> Option<String> {
    let name = cookie_name(cfg);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name && !c.value().is_empty())
        .map(|c| c.value().to_owned())
}

/// The live session of `headers`: unknown, expired (idle or too old) or disabled-account
/// sessions are none (expired ones are deleted).
pub async fn current(
    store: &Store,
    cfg: &AuthConfig,
    headers: &HeaderMap,
) -> Result<Option<SignedIn>, AuthError> {
    let Some(token) = token_from(cfg, headers) else {
        return Ok(None);
    };
    let hash = token_hash(&token);
    let mut conn = store.pool.acquire().await?;
    let Some(s) = SessionRow::get(&mut conn, &hash).await? else {
        return Ok(None);
    };
    let now = now_ms();
    if now - s.last_seen > cfg.idle_ms || now - s.created_at > cfg.max_age_ms {
        SessionRow::delete(&mut conn, &hash).await?;
        return Ok(None);
    }
    let Some(user) = UserRow::get(&mut conn, &s.user_name).await? else {
        return Ok(None);
    };
    if user.disabled {
        return Ok(None);
    }
    if now - s.last_seen > TOUCH_EVERY_MS {
        SessionRow::touch(&mut conn, &hash, now).await?;
    }
    Ok(Some(SignedIn {
        user,
        token_hash: hash,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(secure: bool) -> AuthConfig {
        AuthConfig {
            secure_cookies: secure,
            idle_ms: 1000,
            max_age_ms: 3_600_000,
            trust_forwarded_for: false,
        }
    }

    #[test]
    fn cookie_is_http_only_lax_and_secure_when_asked() {
        let (_, v) = set_cookie(&cfg(false), "abc");
        let v = v.to_str().unwrap();
        assert!(
            v.starts_with("atlas_session=abc") && v.contains("HttpOnly"),
            "{v}"
        );
        assert!(v.contains("SameSite=Lax") && !v.contains("Secure"), "{v}");
        let (_, v) = set_cookie(&cfg(true), "abc");
        let v = v.to_str().unwrap();
        assert!(
            v.starts_with("__Host-atlas_session=abc") && v.contains("Secure"),
            "{v}"
        );
    }

    #[test]
    fn the_token_is_read_back_among_other_cookies() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            "a=1; atlas_session=tok; b=2".parse().unwrap(),
        );
        assert_eq!(token_from(&cfg(false), &h).as_deref(), Some("tok"));
        assert_eq!(token_from(&cfg(true), &h), None);
        assert_ne!(token_hash("tok"), "tok");
        assert_eq!(new_token().unwrap().len(), 64);
    }
}
