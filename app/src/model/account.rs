//! Accounts: roles, and what pages and the API show of a user (never a password hash).
use serde::{Deserialize, Serialize};

use super::params::ParamError;
use super::wire_name;

/// What a signed-in user may do. Each role may do everything the ones before it may:
/// editors propose changes, reviewers also approve, reject and revert them, admins also
/// manage accounts. Anonymous visitors (no role) only read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Editor,
    Reviewer,
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Editor, Role::Reviewer, Role::Admin];

    /// The name in URLs, forms, JSON and the database.
    pub fn name(self) -> String {
        wire_name(&self)
    }

    pub fn parse(param: &str, value: &str) -> Result<Role, ParamError> {
        Role::ALL
            .into_iter()
            .find(|r| r.name() == value)
            .ok_or_else(|| {
                ParamError::new(
                    param,
                    format!("unknown role {value:?}; expected editor, reviewer or admin"),
                )
            })
    }

    /// Whether this role may do what `needed` may.
    pub fn includes(self, needed: Role) -> bool {
        self >= needed
    }
}

/// A user as pages and the API show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserInfo {
    pub name: String,
    pub role: Role,
    pub disabled: bool,
    /// Set by an admin's reset: every write but a new password is refused until then.
    pub must_change_password: bool,
    /// Unix milliseconds.
    pub created_at: i64,
}

/// One row of the audit log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Unix milliseconds.
    pub at: i64,
    /// Who did it; `None` for an anonymous request (a failed login).
    pub actor: Option<String>,
    /// e.g. `login`, `login_failed`, `logout`, `user_added`, `user_changed`, `password_changed`.
    pub action: String,
    /// What it was done to (a user name), if anything.
    pub target: Option<String>,
    /// The client's address.
    pub address: String,
    /// Details as JSON text (never a password or hash).
    pub detail: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_include_the_ones_below_them() {
        assert!(Role::Admin.includes(Role::Reviewer) && Role::Reviewer.includes(Role::Editor));
        assert!(!Role::Editor.includes(Role::Reviewer));
        assert_eq!(Role::parse("role", "reviewer"), Ok(Role::Reviewer));
        assert_eq!(Role::parse("role", "root").unwrap_err().param, "role");
        assert_eq!(Role::Admin.name(), "admin");
    }
}
