//! The `suggestions` table: proposed changes, pending until a reviewer decides.
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::StoreError;

/// A suggestion as stored; JSON columns stay text here (the curation layer parses them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SuggestionRow {
    pub id: String,
    pub entity_id: String,
    pub is_new: bool,
    pub base_revision: i64,
    pub changes: String,
    pub diff: String,
    pub reason: String,
    pub source: String,
    pub author: String,
    pub cities: String,
    pub sectors: String,
    pub status: String,
    pub reviewer: Option<String>,
    pub comment: Option<String>,
    pub created_at: i64,
    pub decided_at: Option<i64>,
}

macro_rules! columns {
    () => {
        "id, entity_id, is_new, base_revision, changes, diff, reason, source, author, cities, \
         sectors, status, reviewer, comment, created_at, decided_at"
    };
}

impl SuggestionRow {
    fn from_row(row: &AnyRow) -> Result<SuggestionRow, StoreError> {
        Ok(SuggestionRow {
            id: row.try_get("id")?,
            entity_id: row.try_get("entity_id")?,
            is_new: row.try_get::<i64, _>("is_new")? != 0,
            base_revision: row.try_get("base_revision")?,
            changes: row.try_get("changes")?,
            diff: row.try_get("diff")?,
            reason: row.try_get("reason")?,
            source: row.try_get("source")?,
            author: row.try_get("author")?,
            cities: row.try_get("cities")?,
            sectors: row.try_get("sectors")?,
            status: row.try_get("status")?,
            reviewer: row.try_get("reviewer")?,
            comment: row.try_get("comment")?,
            created_at: row.try_get("created_at")?,
            decided_at: row.try_get("decided_at")?,
        })
    }

    pub async fn insert(&self, conn: &mut AnyConnection) -> Result<(), StoreError> {
        sqlx::query(concat!(
            "INSERT INTO suggestions (",
            columns!(),
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)"
        ))
        .bind(&self.id)
        .bind(&self.entity_id)
        .bind(i64::from(self.is_new))
        .bind(self.base_revision)
        .bind(&self.changes)
        .bind(&self.diff)
        .bind(&self.reason)
        .bind(&self.source)
        .bind(&self.author)
        .bind(&self.cities)
        .bind(&self.sectors)
        .bind(&self.status)
        .bind(self.reviewer.clone())
        .bind(self.comment.clone())
        .bind(self.created_at)
        .bind(self.decided_at)
        .execute(conn)
        .await?;
        Ok(())
    }

    pub async fn get(conn: &mut AnyConnection, id: &str) -> Result<Option<Self>, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            columns!(),
            " FROM suggestions WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(conn)
        .await?;
        row.as_ref().map(Self::from_row).transpose()
    }

    /// Oldest first (the order a queue is worked through); `None` lists every status.
    pub async fn list(
        conn: &mut AnyConnection,
        status: Option<&str>,
    ) -> Result<Vec<Self>, StoreError> {
        // '' matches every status (none is empty).
        let rows = sqlx::query(concat!(
            "SELECT ",
            columns!(),
            " FROM suggestions WHERE (status = $1 OR $1 = '') ORDER BY created_at, id"
        ))
        .bind(status.unwrap_or_default())
        .fetch_all(conn)
        .await?;
        rows.iter().map(Self::from_row).collect()
    }

    /// How many wait for a decision (the header's count for reviewers).
    pub async fn pending(conn: &mut AnyConnection) -> Result<i64, StoreError> {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM suggestions WHERE status = 'pending'")
                .fetch_one(conn)
                .await?;
        Ok(n)
    }

    /// Records a decision on a pending suggestion; false when it was no longer pending.
    pub async fn decide(
        conn: &mut AnyConnection,
        id: &str,
        status: &str,
        reviewer: &str,
        comment: &str,
        at: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE suggestions SET status = $1, reviewer = $2, comment = $3, decided_at = $4 \
             WHERE id = $5 AND status = 'pending'",
        )
        .bind(status)
        .bind(reviewer)
        .bind(comment)
        .bind(at)
        .bind(id)
        .execute(conn)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Moves a pending suggestion onto a newer base revision, with its diff against it.
    pub async fn rebase(
        conn: &mut AnyConnection,
        id: &str,
        base_revision: i64,
        diff: &str,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE suggestions SET base_revision = $1, diff = $2 \
             WHERE id = $3 AND status = 'pending'",
        )
        .bind(base_revision)
        .bind(diff)
        .bind(id)
        .execute(conn)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
