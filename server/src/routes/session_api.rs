//! `/api/v1/session`: sign in (`POST`), who am I (`GET`), sign out (`DELETE`).
use axum::{
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use serde::Deserialize;
use serde_json::json;

use super::auth_extract::{ClientAddress, SignedInUser};
use super::{json_body::JsonBody, ApiError};
use crate::auth::{accounts, session};
use crate::state::AppState;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credentials {
    name: String,
    password: String,
}

pub async fn sign_in(
    State(s): State<AppState>,
    address: ClientAddress,
    JsonBody(c): JsonBody<Credentials>,
) -> Result<Response, ApiError> {
    let who = accounts::Actor {
        name: None,
        address: address.0,
    };
    let (user, token) = accounts::login(&s.store, &c.name, &c.password, &who).await?;
    let body = json!({
        "name": user.name,
        "role": user.role,
        "must_change_password": user.must_change_password,
    });
    Ok(([session::set_cookie(&s.auth, &token)], Json(body)).into_response())
}

pub async fn whoami(SignedInUser(s): SignedInUser) -> Json<serde_json::Value> {
    let u = &s.user;
    Json(json!({"name": u.name, "role": u.role, "must_change_password": u.must_change_password}))
}

pub async fn sign_out(
    State(s): State<AppState>,
    address: ClientAddress,
    SignedInUser(signed): SignedInUser,
) -> Result<Response, ApiError> {
    accounts::logout(&s.store, &signed, &signed.actor(&address)).await?;
    Ok((StatusCode::NO_CONTENT, [session::clear_cookie(&s.auth)]).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewPassword {
    current_password: String,
    new_password: String,
}

/// `POST /api/v1/session/password`: a new password for the signed-in user.
pub async fn change_password(
    State(s): State<AppState>,
    address: ClientAddress,
    SignedInUser(signed): SignedInUser,
    JsonBody(p): JsonBody<NewPassword>,
) -> Result<StatusCode, ApiError> {
    let who = signed.actor(&address);
    accounts::change_password(
        &s.store,
        &signed,
        &p.current_password,
        &p.new_password,
        &who,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
