//! Who may change what: accounts and roles, Argon2id passwords, server-side sessions in the
//! store, login throttling and the audit log. The HTTP side (the role extractors every
//! write passes, the refusal of cross-site writes) is `routes::auth_extract` and
//! `routes::cross_site`.
pub mod accounts;
pub mod admin;
pub mod password;
pub mod session;

use app::model::params::ParamError;
use thiserror::Error;

use crate::store::StoreError;

pub use session::SignedIn;

/// Session and throttling settings (from `Config`).
#[derive(Clone, Debug)]
pub struct AuthConfig {
    /// Mark the cookie `Secure` (and `__Host-`): the site is served over HTTPS.
    pub secure_cookies: bool,
    /// A session unused this long (ms) is over.
    pub idle_ms: i64,
    /// A session this old (ms) is over, however busy.
    pub max_age_ms: i64,
    /// Believe `X-Forwarded-For` for the client's address (behind a trusted proxy only).
    pub trust_forwarded_for: bool,
}

/// Failed logins allowed per account and per address in [`THROTTLE_WINDOW_MS`].
pub const MAX_FAILED_LOGINS: i64 = 5;
pub const THROTTLE_WINDOW_MS: i64 = 60_000;

#[derive(Debug, Error)]
pub enum AuthError {
    #[error("{0}")]
    BadInput(ParamError),
    #[error("sign in first")]
    Unauthenticated,
    #[error("wrong name or password")]
    WrongCredentials,
    #[error("{0}")]
    Forbidden(String),
    #[error("too many failed sign-ins; try again in a minute")]
    Throttled,
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Internal(String),
}

impl AuthError {
    pub fn bad(param: &str, message: impl Into<String>) -> AuthError {
        AuthError::BadInput(ParamError::new(param, message))
    }
}

impl From<sqlx::Error> for AuthError {
    fn from(e: sqlx::Error) -> Self {
        AuthError::Store(StoreError::Query(e))
    }
}
