//! What admins do with accounts, each one transaction with its audit row: add, change and
//! list users, and read the audit log (`server user add` uses `add_user` for the first admin).
use app::model::{AuditEntry, Role, UserInfo};
use serde_json::json;

use super::accounts::{check_name, Actor};
use super::{password, AuthError};
use crate::store::{now_ms, AuditFilter, AuditRecord, SessionRow, Store, UserRow, UserUpdate};

/// Adds an account (admins, or the command line for the first admin).
pub async fn add_user(
    store: &Store,
    name: &str,
    role: Role,
    password: &str,
    who: &Actor,
) -> Result<UserInfo, AuthError> {
    check_name(name)?;
    password::check_policy("password", password)?;
    let now = now_ms();
    let user = UserRow {
        name: name.to_owned(),
        role,
        password_hash: password::hash(password)?,
        disabled: false,
        must_change_password: false,
        created_at: now,
        updated_at: now,
    };
    let mut tx = store.write().await?;
    if !user.insert(&mut tx).await? {
        return Err(AuthError::Conflict(format!("a user named {name:?} exists")));
    }
    who.record("user_added", name, json!({"role": role}))
        .insert(&mut tx)
        .await?;
    tx.commit().await?;
    Ok(user.info())
}

/// An admin's change to an account. `reset_password` sets a temporary password that the
/// user must replace at the next sign-in.
#[derive(Clone, Debug, Default)]
pub struct AccountChange {
    pub role: Option<Role>,
    pub disabled: Option<bool>,
    pub reset_password: Option<String>,
}

pub async fn change_user(
    store: &Store,
    name: &str,
    change: AccountChange,
    who: &Actor,
) -> Result<UserInfo, AuthError> {
    if let Some(p) = &change.reset_password {
        password::check_policy("reset_password", p)?;
    }
    let hash = change
        .reset_password
        .as_deref()
        .map(password::hash)
        .transpose()?;
    let mut tx = store.write().await?;
    let user = UserRow::get(&mut tx, name)
        .await?
        .ok_or_else(|| AuthError::NotFound(format!("no user named {name:?}")))?;
    let loses_admin = user.role == Role::Admin
        && !user.disabled
        && (change.role.is_some_and(|r| r != Role::Admin) || change.disabled == Some(true));
    if loses_admin && UserRow::active_admins(&mut tx).await? <= 1 {
        return Err(AuthError::Conflict(
            "this is the last enabled admin; make another admin first".into(),
        ));
    }
    let detail = json!({
        "role": change.role,
        "disabled": change.disabled,
        "reset_password": change.reset_password.is_some(),
    });
    let ends_sessions = change.disabled == Some(true) || hash.is_some();
    let update = UserUpdate {
        role: change.role,
        disabled: change.disabled,
        must_change_password: hash.as_ref().map(|_| true),
        password_hash: hash,
    };
    let user = user.update(&mut tx, update, now_ms()).await?;
    if ends_sessions {
        SessionRow::delete_for_user(&mut tx, name, None).await?;
    }
    who.record("user_changed", name, detail)
        .insert(&mut tx)
        .await?;
    tx.commit().await?;
    Ok(user.info())
}

pub async fn list_users(store: &Store) -> Result<Vec<UserInfo>, AuthError> {
    let mut conn = store.pool.acquire().await?;
    Ok(UserRow::list(&mut conn)
        .await?
        .iter()
        .map(UserRow::info)
        .collect())
}

pub async fn audit_log(store: &Store, filter: &AuditFilter) -> Result<Vec<AuditEntry>, AuthError> {
    let mut conn = store.pool.acquire().await?;
    Ok(AuditRecord::list(&mut conn, filter).await?)
}
