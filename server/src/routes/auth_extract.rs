//! Extractors: the role check of every write happens here, before a handler runs. A
//! request without a live session is refused with 401; one whose role is too low, or whose
//! user must first replace a reset password, with 403.
use std::marker::PhantomData;
use std::net::SocketAddr;

use app::model::Role;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;

use super::ApiError;
use crate::auth::accounts::Actor;
use crate::auth::session::{current, SignedIn};
use crate::auth::AuthError;
use crate::state::AppState;

/// A role an endpoint needs.
pub trait Needs: Send + Sync {
    const ROLE: Role;
}
pub struct Editor;
pub struct Reviewer;
pub struct Admin;
impl Needs for Editor {
    const ROLE: Role = Role::Editor;
}
impl Needs for Reviewer {
    const ROLE: Role = Role::Reviewer;
}
impl Needs for Admin {
    const ROLE: Role = Role::Admin;
}

/// A signed-in user with at least `R`'s role and no pending password change.
pub struct Auth<R: Needs>(pub SignedIn, pub PhantomData<R>);

/// Any signed-in user, even one who must change a reset password first (to sign out or
/// change it).
pub struct SignedInUser(pub SignedIn);

/// The client's address, for the audit log and throttling.
pub struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Self::Rejection> {
        let forwarded = s.auth.trust_forwarded_for.then(|| {
            parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
                .map(|v| v.trim().to_owned())
        });
        let direct = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip().to_string());
        Ok(ClientAddress(
            forwarded
                .flatten()
                .or(direct)
                .unwrap_or_else(|| "unknown".into()),
        ))
    }
}

impl FromRequestParts<AppState> for SignedInUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, ApiError> {
        let signed = current(&s.store, &s.auth, &parts.headers)
            .await?
            .ok_or(AuthError::Unauthenticated)?;
        Ok(SignedInUser(signed))
    }
}

impl<R: Needs> FromRequestParts<AppState> for Auth<R> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, ApiError> {
        let SignedInUser(signed) = SignedInUser::from_request_parts(parts, s).await?;
        if !signed.user.role.includes(R::ROLE) {
            let msg = format!("this needs the {} role", R::ROLE.name());
            return Err(AuthError::Forbidden(msg).into());
        }
        if signed.user.must_change_password {
            let msg = "your password was reset: change it first";
            return Err(AuthError::Forbidden(msg.into()).into());
        }
        Ok(Auth(signed, PhantomData))
    }
}

impl SignedIn {
    /// This user, from `address`, for the audit log.
    pub fn actor(&self, address: &ClientAddress) -> Actor {
        Actor {
            name: Some(self.user.name.clone()),
            address: address.0.clone(),
        }
    }
}
