//! The `revisions` table: every published state of every curated entity, only ever added.
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::{Backend, StoreError};

/// One published revision as stored (JSON columns as text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RevisionRow {
    pub seq: i64,
    pub entity_id: String,
    pub revision: i64,
    pub props: String,
    pub diff: String,
    pub suggestion_id: Option<String>,
    pub proposed_by: String,
    pub approved_by: String,
    pub reason: String,
    pub source: String,
    pub at: i64,
}

macro_rules! columns {
    () => {
        "seq, entity_id, revision, props, diff, suggestion_id, proposed_by, approved_by, \
         reason, source, at"
    };
}

impl RevisionRow {
    fn from_row(row: &AnyRow) -> Result<RevisionRow, StoreError> {
        Ok(RevisionRow {
            seq: row.try_get("seq")?,
            entity_id: row.try_get("entity_id")?,
            revision: row.try_get("revision")?,
            props: row.try_get("props")?,
            diff: row.try_get("diff")?,
            suggestion_id: row.try_get("suggestion_id")?,
            proposed_by: row.try_get("proposed_by")?,
            approved_by: row.try_get("approved_by")?,
            reason: row.try_get("reason")?,
            source: row.try_get("source")?,
            at: row.try_get("at")?,
        })
    }

    /// Takes the right to publish inside a write transaction, so two replicas approving at
    /// once get consecutive `seq`s (SQLite's `BEGIN IMMEDIATE` already serialises writers).
    pub async fn lock(conn: &mut AnyConnection, backend: Backend) -> Result<(), StoreError> {
        if backend == Backend::Postgres {
            sqlx::query("LOCK TABLE revisions IN EXCLUSIVE MODE")
                .execute(conn)
                .await?;
        }
        Ok(())
    }

    /// The last published `seq` (0 before the first approval).
    pub async fn max_seq(conn: &mut AnyConnection) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COALESCE(MAX(seq), 0) AS m FROM revisions")
            .fetch_one(conn)
            .await?;
        Ok(row.try_get("m")?)
    }

    pub async fn insert(&self, conn: &mut AnyConnection) -> Result<(), StoreError> {
        sqlx::query(concat!(
            "INSERT INTO revisions (",
            columns!(),
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
        ))
        .bind(self.seq)
        .bind(&self.entity_id)
        .bind(self.revision)
        .bind(&self.props)
        .bind(&self.diff)
        .bind(self.suggestion_id.clone())
        .bind(&self.proposed_by)
        .bind(&self.approved_by)
        .bind(&self.reason)
        .bind(&self.source)
        .bind(self.at)
        .execute(conn)
        .await?;
        Ok(())
    }

    /// Entity `id` at `revision`, or at its latest when `revision` is `None`.
    pub async fn of(
        conn: &mut AnyConnection,
        id: &str,
        revision: Option<i64>,
    ) -> Result<Option<Self>, StoreError> {
        let row = sqlx::query(concat!(
            "SELECT ",
            columns!(),
            " FROM revisions WHERE entity_id = $1 AND ($2 < 0 OR revision = $2) \
             ORDER BY revision DESC LIMIT 1"
        ))
        .bind(id)
        .bind(revision.unwrap_or(-1))
        .fetch_optional(conn)
        .await?;
        row.as_ref().map(Self::from_row).transpose()
    }

    /// Every revision up to `seq`, in publication order.
    pub async fn up_to(conn: &mut AnyConnection, seq: i64) -> Result<Vec<Self>, StoreError> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            columns!(),
            " FROM revisions WHERE seq <= $1 ORDER BY seq"
        ))
        .bind(seq)
        .fetch_all(conn)
        .await?;
        rows.iter().map(Self::from_row).collect()
    }

    /// Newest first; `entity` limits them to one entity.
    pub async fn list(
        conn: &mut AnyConnection,
        entity: Option<&str>,
        limit: i64,
    ) -> Result<Vec<Self>, StoreError> {
        // '' matches every entity (ids are never empty).
        let rows = sqlx::query(concat!(
            "SELECT ",
            columns!(),
            " FROM revisions WHERE (entity_id = $1 OR $1 = '') ORDER BY seq DESC LIMIT $2"
        ))
        .bind(entity.unwrap_or_default())
        .bind(limit)
        .fetch_all(conn)
        .await?;
        rows.iter().map(Self::from_row).collect()
    }
}
