//! The `users` table.
use app::model::{Role, UserInfo};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::StoreError;

/// A user as stored, hash included: never sent anywhere (see [`UserRow::info`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserRow {
    pub name: String,
    pub role: Role,
    pub password_hash: String,
    pub disabled: bool,
    pub must_change_password: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What an update changes; `None` keeps the stored value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UserUpdate {
    pub role: Option<Role>,
    pub disabled: Option<bool>,
    pub password_hash: Option<String>,
    pub must_change_password: Option<bool>,
}

/// The columns, in the order of `UserRow` (a macro, so queries stay literal strings).
macro_rules! columns {
    () => {
        "name, role, password_hash, disabled, must_change_password, created_at, updated_at"
    };
}

impl UserRow {
    /// What pages and the API may show.
    pub fn info(&self) -> UserInfo {
        UserInfo {
            name: self.name.clone(),
            role: self.role,
            disabled: self.disabled,
            must_change_password: self.must_change_password,
            created_at: self.created_at,
        }
    }

    fn from_row(row: &AnyRow) -> Result<UserRow, StoreError> {
        let role: String = row.try_get("role")?;
        Ok(UserRow {
            name: row.try_get("name")?,
            role: Role::parse("role", &role).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            password_hash: row.try_get("password_hash")?,
            disabled: row.try_get::<i64, _>("disabled")? != 0,
            must_change_password: row.try_get::<i64, _>("must_change_password")? != 0,
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
        })
    }

    /// Adds the user; false if the name is taken.
    pub async fn insert(&self, conn: &mut AnyConnection) -> Result<bool, StoreError> {
        let sql = concat!(
            "INSERT INTO users (",
            columns!(),
            ") VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (name) DO NOTHING"
        );
        let done = sqlx::query(sql)
            .bind(&self.name)
            .bind(self.role.name())
            .bind(&self.password_hash)
            .bind(i64::from(self.disabled))
            .bind(i64::from(self.must_change_password))
            .bind(self.created_at)
            .bind(self.updated_at)
            .execute(conn)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn get(conn: &mut AnyConnection, name: &str) -> Result<Option<UserRow>, StoreError> {
        let sql = concat!("SELECT ", columns!(), " FROM users WHERE name = $1");
        let row = sqlx::query(sql).bind(name).fetch_optional(conn).await?;
        row.as_ref().map(UserRow::from_row).transpose()
    }

    pub async fn list(conn: &mut AnyConnection) -> Result<Vec<UserRow>, StoreError> {
        let sql = concat!("SELECT ", columns!(), " FROM users ORDER BY name");
        let rows = sqlx::query(sql).fetch_all(conn).await?;
        rows.iter().map(UserRow::from_row).collect()
    }

    /// How many enabled admins there are (the last one may not be demoted or disabled).
    pub async fn active_admins(conn: &mut AnyConnection) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM users WHERE role = $1 AND disabled = 0")
            .bind(Role::Admin.name())
            .fetch_one(conn)
            .await?;
        Ok(row.try_get("n")?)
    }

    /// Applies `change` to this (stored) row and writes it back at `now`.
    pub async fn update(
        mut self,
        conn: &mut AnyConnection,
        change: UserUpdate,
        now: i64,
    ) -> Result<UserRow, StoreError> {
        self.role = change.role.unwrap_or(self.role);
        self.disabled = change.disabled.unwrap_or(self.disabled);
        self.password_hash = change.password_hash.unwrap_or(self.password_hash);
        self.must_change_password = change
            .must_change_password
            .unwrap_or(self.must_change_password);
        self.updated_at = now;
        sqlx::query(
            "UPDATE users SET role = $1, password_hash = $2, disabled = $3, \
             must_change_password = $4, updated_at = $5 WHERE name = $6",
        )
        .bind(self.role.name())
        .bind(&self.password_hash)
        .bind(i64::from(self.disabled))
        .bind(i64::from(self.must_change_password))
        .bind(self.updated_at)
        .bind(&self.name)
        .execute(conn)
        .await?;
        Ok(self)
    }
}
