//! What accounts can do, each one transaction with its audit row: sign in and out, change
//! one's password, and (admins) add, change and list users and read the audit log.
use serde_json::json;

use super::session::{new_token, token_hash};
use super::{password, AuthError, SignedIn, MAX_FAILED_LOGINS, THROTTLE_WINDOW_MS};
use crate::store::{now_ms, AuditRecord, SessionRow, Store, UserRow, UserUpdate};

/// Longest account name.
pub const MAX_NAME_CHARS: usize = 64;

/// Who is asking and from where, for the audit log (`None`: anonymous or the command line).
#[derive(Clone, Debug)]
pub struct Actor {
    pub name: Option<String>,
    pub address: String,
}

impl Actor {
    pub(crate) fn record(
        &self,
        action: &'static str,
        target: &str,
        detail: serde_json::Value,
    ) -> AuditRecord {
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
    let mut tx = store.write().await?;
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
    let mut tx = store.write().await?;
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
    let mut tx = store.write().await?;
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
