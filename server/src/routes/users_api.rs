//! `/api/v1/users` (admins only): list, add, change; and `/api/v1/audit`, the audit log.
use app::model::params::{parse_usize, ParamError};
use app::model::Role;
use axum::{
    extract::{Path, State},
    http::StatusCode,
    Json,
};
use serde::Deserialize;
use serde_json::{json, Value};

use super::auth_extract::{Admin, Auth, ClientAddress};
use super::{json_body::JsonBody, params::Params, ApiError};
use crate::auth::admin;
use crate::state::AppState;
use crate::store::AuditFilter;

pub async fn list(State(s): State<AppState>, _: Auth<Admin>) -> Result<Json<Value>, ApiError> {
    Ok(Json(json!({"users": admin::list_users(&s.store).await?})))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    name: String,
    role: Role,
    password: String,
}

pub async fn add(
    State(s): State<AppState>,
    address: ClientAddress,
    Auth(admin, _): Auth<Admin>,
    JsonBody(u): JsonBody<NewUser>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let who = admin.actor(&address);
    let info = admin::add_user(&s.store, &u.name, u.role, &u.password, &who).await?;
    Ok((StatusCode::CREATED, Json(json!(info))))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    role: Option<Role>,
    disabled: Option<bool>,
    /// A temporary password the user must replace at the next sign-in.
    reset_password: Option<String>,
}

pub async fn change(
    State(s): State<AppState>,
    address: ClientAddress,
    Auth(admin, _): Auth<Admin>,
    Path(name): Path<String>,
    JsonBody(c): JsonBody<Change>,
) -> Result<Json<Value>, ApiError> {
    let change = admin::AccountChange {
        role: c.role,
        disabled: c.disabled,
        reset_password: c.reset_password,
    };
    let who = admin.actor(&address);
    Ok(Json(json!(
        admin::change_user(&s.store, &name, change, &who).await?
    )))
}

/// Most rows one page of the audit log shows.
pub const AUDIT_PAGE: usize = 200;

/// The audit log's filters from a query string: `user`, `action`, `from`, `to` (dates as
/// `YYYY-MM-DD`, China Standard Time), `offset`.
pub fn audit_filter(pairs: &[(String, String)]) -> Result<AuditFilter, ParamError> {
    let mut f = AuditFilter {
        limit: AUDIT_PAGE as i64,
        ..AuditFilter::default()
    };
    for (k, v) in pairs {
        let v = v.trim();
        let text = (!v.is_empty()).then(|| v.to_owned());
        match k.as_str() {
            "user" => f.user = text,
            "action" => f.action = text,
            "from" if !v.is_empty() => f.from = Some(super::dates::day_start_ms(k, v)?),
            "to" if !v.is_empty() => f.to = Some(super::dates::day_start_ms(k, v)? + 86_400_000),
            "from" | "to" | "lang" => {}
            "offset" => f.offset = parse_usize(k, v)?.min(1_000_000) as i64,
            _ => {
                return Err(ParamError::new(
                    k,
                    "unknown parameter; known: user, action, from, to, offset",
                ))
            }
        }
    }
    Ok(f)
}

pub async fn audit(
    State(s): State<AppState>,
    _: Auth<Admin>,
    Params(pairs): Params,
) -> Result<Json<Value>, ApiError> {
    let filter = audit_filter(&pairs)?;
    Ok(Json(
        json!({"entries": admin::audit_log(&s.store, &filter).await?}),
    ))
}
