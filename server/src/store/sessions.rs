//! The `sessions` table: one row per signed-in browser or script, keyed by the SHA-256 of
//! its cookie token.
use sqlx::{AnyConnection, Row};

use super::StoreError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRow {
    pub token_hash: String,
    pub user_name: String,
    pub created_at: i64,
    pub last_seen: i64,
}

impl SessionRow {
    pub async fn insert(&self, conn: &mut AnyConnection, address: &str) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_name, created_at, last_seen, address) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&self.token_hash)
        .bind(&self.user_name)
        .bind(self.created_at)
        .bind(self.last_seen)
        .bind(address)
        .execute(conn)
        .await?;
        Ok(())
    }

    pub async fn get(
        conn: &mut AnyConnection,
        token_hash: &str,
    ) -> Result<Option<SessionRow>, StoreError> {
        let row = sqlx::query(
            "SELECT token_hash, user_name, created_at, last_seen FROM sessions \
             WHERE token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(conn)
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(SessionRow {
            token_hash: row.try_get("token_hash")?,
            user_name: row.try_get("user_name")?,
            created_at: row.try_get("created_at")?,
            last_seen: row.try_get("last_seen")?,
        }))
    }

    pub async fn touch(
        conn: &mut AnyConnection,
        token_hash: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE sessions SET last_seen = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(token_hash)
            .execute(conn)
            .await?;
        Ok(())
    }

    pub async fn delete(conn: &mut AnyConnection, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(conn)
            .await?;
        Ok(())
    }

    /// Signs `user` out everywhere, except the session `keep` (the one changing its password).
    pub async fn delete_for_user(
        conn: &mut AnyConnection,
        user: &str,
        keep: Option<&str>,
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE user_name = $1 AND token_hash <> $2")
            .bind(user)
            .bind(keep.unwrap_or_default())
            .execute(conn)
            .await?;
        Ok(())
    }

    /// Removes sessions idle since before `idle_cutoff` or created before `max_cutoff`.
    pub async fn delete_expired(
        conn: &mut AnyConnection,
        idle_cutoff: i64,
        max_cutoff: i64,
    ) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM sessions WHERE last_seen < $1 OR created_at < $2")
            .bind(idle_cutoff)
            .bind(max_cutoff)
            .execute(conn)
            .await?;
        Ok(done.rows_affected())
    }
}
