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

/// What the map's pages show a signed-in member of staff: editors a "suggest a correction"
/// link per entity, reviewers the queue's count. Anonymous visitors get the default (none
/// of it), so their pages hold no editing UI. The server writes it into the page as a
/// `<meta name="atlas-staff">` tag (no serde: this crosses to the wasm as a few words).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StaffView {
    pub can_suggest: bool,
    /// Pending suggestions, for reviewers only.
    pub pending: Option<usize>,
}

impl StaffView {
    /// `suggest`, `suggest review=3`, or empty for anonymous visitors.
    pub fn to_meta(self) -> String {
        let mut out = Vec::new();
        if self.can_suggest {
            out.push("suggest".to_owned());
        }
        if let Some(n) = self.pending {
            out.push(format!("review={n}"));
        }
        out.join(" ")
    }

    /// What [`StaffView::to_meta`] wrote; anything else reads as anonymous.
    pub fn from_meta(meta: &str) -> StaffView {
        let mut v = StaffView::default();
        for word in meta.split_whitespace() {
            match word.split_once('=') {
                None if word == "suggest" => v.can_suggest = true,
                Some(("review", n)) => v.pending = n.parse().ok(),
                _ => {}
            }
        }
        v
    }
}

#[cfg(test)]
mod staff_tests {
    use super::StaffView;

    #[test]
    fn the_meta_tag_reads_back_what_it_says() {
        for v in [
            StaffView::default(),
            StaffView {
                can_suggest: true,
                pending: None,
            },
            StaffView {
                can_suggest: true,
                pending: Some(3),
            },
        ] {
            assert_eq!(StaffView::from_meta(&v.to_meta()), v);
        }
        assert_eq!(
            StaffView::from_meta("review=x nonsense"),
            StaffView::default()
        );
    }
}
