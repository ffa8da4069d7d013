//! What accounts can do, each one transaction with its audit row: sign in and out, change
//! one's password, and (admins) add, change and list users and read the audit log.
use app::model::{AuditEntry, Role, UserInfo};
use serde_json::json;

use super::session::{new_token, token_hash};
use super::{password, AuthError, SignedIn, MAX_FAILED_LOGINS, THROTTLE_WINDOW_MS};
use crate::store::{now_ms, AuditFilter, AuditRecord, SessionRow, Store, UserRow, UserUpdate};

/// Longest account name.
pub const MAX_NAME_CHARS: usize = 64;

/// Who is asking and from where, for the audit log (`None`: anonymous or the command line).
#[derive(Clone, Debug)]
pub struct Actor {
    pub name: Option<String>,
    pub address: String,
}

impl Actor {
    fn record(&self, action: &'static str, target: &str, detail: serde_json::Value) -> AuditRecord {
        AuditRecord {
            actor: self.name.clone(),
            action,
            target: Some(target.to_owned()),
            address: self.address.clone(),
            detail: detail.to_string(),
        }
    }
}

/// Names are what people type at the login form and what the audit log shows.
pub fn check_name(name: &str) -> Result<(), AuthError> {
    let ok = !name.is_empty()
        && name.chars().count() <= MAX_NAME_CHARS
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'));
    if ok {
        Ok(())
    } else {
        Err(AuthError::bad(
            "name",
            format!("1 to {MAX_NAME_CHARS} letters, digits, '.', '_', '-' or '@'"),
        ))
    }
}

/// Signs in: a new session (and its token for the cookie), or an error. Five failures a
/// minute for one account or from one address refuse further tries for that minute.
pub async fn login(
    store: &Store,
    name: &str,
    password: &str,
    who: &Actor,
) -> Result<(UserRow, String), AuthError> {
    let mut tx = store.pool.begin().await?;
    let since = now_ms() - THROTTLE_WINDOW_MS;
    for by_address in [false, true] {
        let key = if by_address {
            who.address.as_str()
        } else {
            name
        };
        if AuditRecord::count_since(&mut tx, "login_failed", by_address, key, since).await?
            >= MAX_FAILED_LOGINS
        {
            return Err(AuthError::Throttled);
        }
    }
    let user = UserRow::get(&mut tx, name).await?;
    let stored = user
        .as_ref()
        .map_or(password::decoy_hash(), |u| &u.password_hash);
    let matches = password::verify(password, stored) && user.is_some();
    let Some(user) = user.filter(|_| matches) else {
        who.record(
            "login_failed",
            name,
            json!({"reason": "wrong name or password"}),
        )
        .insert(&mut tx)
        .await?;
        tx.commit().await?;
        return Err(AuthError::WrongCredentials);
    };
    if user.disabled {
        who.record("login_failed", name, json!({"reason": "account disabled"}))
            .insert(&mut tx)
            .await?;
        tx.commit().await?;
        return Err(AuthError::Forbidden(
            "this account is disabled; ask an admin".into(),
        ));
    }
    let token = new_token()?;
    let now = now_ms();
    let session = SessionRow {
        token_hash: token_hash(&token),
        user_name: user.name.clone(),
        created_at: now,
        last_seen: now,
    };
    session.insert(&mut tx, &who.address).await?;
    let signed = Actor {
        name: Some(user.name.clone()),
        address: who.address.clone(),
    };
    signed
        .record("login", name, json!({}))
        .insert(&mut tx)
        .await?;
    tx.commit().await?;
    Ok((user, token))
}

pub async fn logout(store: &Store, s: &SignedIn, who: &Actor) -> Result<(), AuthError> {
    let mut tx = store.pool.begin().await?;
    SessionRow::delete(&mut tx, &s.token_hash).await?;
    who.record("logout", &s.user.name, json!({}))
        .insert(&mut tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// A new password for oneself (the current one must be given); other sessions end.
pub async fn change_password(
    store: &Store,
    s: &SignedIn,
    current: &str,
    new: &str,
    who: &Actor,
) -> Result<(), AuthError> {
    if !password::verify(current, &s.user.password_hash) {
        return Err(AuthError::bad(
            "current_password",
            "the current password is wrong",
        ));
    }
    password::check_policy("new_password", new)?;
    let hash = password::hash(new)?;
    let mut tx = store.pool.begin().await?;
    let change = UserUpdate {
        password_hash: Some(hash),
        must_change_password: Some(false),
        ..UserUpdate::default()
    };
    s.user.clone().update(&mut tx, change, now_ms()).await?;
    SessionRow::delete_for_user(&mut tx, &s.user.name, Some(&s.token_hash)).await?;
    who.record("password_changed", &s.user.name, json!({}))
        .insert(&mut tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

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
    let mut tx = store.pool.begin().await?;
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
    let mut tx = store.pool.begin().await?;
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
