//! The `audit_log` table: who did what, when, from where. Rows are only ever added.
use app::model::AuditEntry;
use sqlx::{AnyConnection, AssertSqlSafe, Row};

use super::{now_ms, random_id, StoreError};

/// One event to record (its time and id are the store's).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditRecord {
    pub actor: Option<String>,
    pub action: &'static str,
    pub target: Option<String>,
    pub address: String,
    /// JSON text; never a password or hash.
    pub detail: String,
}

/// Which rows an admin asks for; `None` matches all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// As actor or as target.
    pub user: Option<String>,
    pub action: Option<String>,
    /// Unix milliseconds, inclusive from, exclusive to.
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub limit: i64,
    pub offset: i64,
}

/// A bound value of a filter (the store binds text or integers only).
enum Value {
    Text(String),
    Int(i64),
}

impl AuditRecord {
    pub async fn insert(&self, conn: &mut AnyConnection) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO audit_log (id, at, actor, action, target, address, detail) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(random_id()?)
        .bind(now_ms())
        .bind(self.actor.clone())
        .bind(self.action)
        .bind(self.target.clone())
        .bind(&self.address)
        .bind(&self.detail)
        .execute(conn)
        .await?;
        Ok(())
    }

    /// Newest first.
    pub async fn list(
        conn: &mut AnyConnection,
        f: &AuditFilter,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let mut clauses = Vec::new();
        let mut values = Vec::new();
        if let Some(u) = &f.user {
            values.push(Value::Text(u.clone()));
            let n = values.len();
            clauses.push(format!("(actor = ${n} OR target = ${n})"));
        }
        let mut add = |clause: &str, v: Value| {
            values.push(v);
            clauses.push(format!("{clause} ${}", values.len()));
        };
        if let Some(a) = &f.action {
            add("action =", Value::Text(a.clone()));
        }
        if let Some(t) = f.from {
            add("at >=", Value::Int(t));
        }
        if let Some(t) = f.to {
            add("at <", Value::Int(t));
        }
        let filter = if clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", clauses.join(" AND "))
        };
        // Only fixed clauses and numbered placeholders go into the text; values are bound.
        let sql = AssertSqlSafe(format!(
            "SELECT at, actor, action, target, address, detail FROM audit_log {filter} \
             ORDER BY at DESC, id DESC LIMIT {} OFFSET {}",
            f.limit.max(0),
            f.offset.max(0)
        ));
        let mut query = sqlx::query(sql);
        for v in values {
            query = match v {
                Value::Text(s) => query.bind(s),
                Value::Int(i) => query.bind(i),
            };
        }
        let rows = query.fetch_all(conn).await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    at: r.try_get("at")?,
                    actor: r.try_get("actor")?,
                    action: r.try_get("action")?,
                    target: r.try_get("target")?,
                    address: r.try_get("address")?,
                    detail: r.try_get("detail")?,
                })
            })
            .collect()
    }

    /// How many `action` rows since `since` name `value` as target (`by_address`: as address).
    pub async fn count_since(
        conn: &mut AnyConnection,
        action: &str,
        by_address: bool,
        value: &str,
        since: i64,
    ) -> Result<i64, StoreError> {
        let sql = if by_address {
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = $1 AND address = $2 AND at >= $3"
        } else {
            "SELECT COUNT(*) AS n FROM audit_log WHERE action = $1 AND target = $2 AND at >= $3"
        };
        let row = sqlx::query(sql)
            .bind(action)
            .bind(value)
            .bind(since)
            .fetch_one(conn)
            .await?;
        Ok(row.try_get("n")?)
    }
}
