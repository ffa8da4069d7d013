//! `server db backup FILE` and `server db restore FILE` for SQLite. PostgreSQL has its own
//! tools (`pg_dump`, `pg_restore`; see the README).
use std::path::Path;

use sqlx::{AssertSqlSafe, Executor, Row};

use super::{Backend, Store, StoreError};

fn sqlite_only(store: &Store) -> Result<(), StoreError> {
    match store.backend {
        Backend::Sqlite => Ok(()),
        Backend::Postgres => Err(StoreError::Backup(
            "backup and restore here are for SQLite; for PostgreSQL use pg_dump and pg_restore"
                .into(),
        )),
    }
}

/// `template` with `{file}` replaced by the path as an SQL string literal (quotes doubled):
/// `VACUUM INTO` and `ATTACH` take no bound parameters.
fn with_path(template: &str, path: &Path) -> AssertSqlSafe<String> {
    let literal = format!("'{}'", path.display().to_string().replace('\'', "''"));
    AssertSqlSafe(template.replace("{file}", &literal))
}

/// A consistent copy of the live database in `file` (SQLite's `VACUUM INTO`, which reads
/// one snapshot while the server goes on writing). Refuses to overwrite `file`.
pub async fn backup_sqlite(store: &Store, file: &Path) -> Result<(), StoreError> {
    sqlite_only(store)?;
    if file.exists() {
        return Err(StoreError::Backup(format!(
            "{} exists; choose a new file name",
            file.display()
        )));
    }
    store
        .pool
        .execute(with_path("VACUUM INTO {file}", file))
        .await?;
    Ok(())
}

/// Replaces every table's rows with those of the backup `file`, in one transaction, after
/// checking the backup's integrity and that it has this database's migrations.
pub async fn restore_sqlite(store: &Store, file: &Path) -> Result<(), StoreError> {
    sqlite_only(store)?;
    if !file.is_file() {
        return Err(StoreError::Backup(format!(
            "no backup file {}",
            file.display()
        )));
    }
    let mut conn = store.pool.acquire().await?;
    conn.execute(with_path("ATTACH DATABASE {file} AS backup", file))
        .await?;
    let result = restore_attached(&mut conn).await;
    let _ = conn.execute("DETACH DATABASE backup").await;
    result
}

async fn restore_attached(conn: &mut sqlx::AnyConnection) -> Result<(), StoreError> {
    let check: String = sqlx::query("PRAGMA backup.integrity_check")
        .fetch_one(&mut *conn)
        .await?
        .try_get(0)?;
    if check != "ok" {
        return Err(StoreError::Backup(format!(
            "the backup is damaged: {check}"
        )));
    }
    let versions = |db: &str| {
        AssertSqlSafe(format!(
            "SELECT group_concat(version) AS v FROM \
             (SELECT version FROM {db}._sqlx_migrations ORDER BY version)"
        ))
    };
    let live: Option<String> = sqlx::query(versions("main"))
        .fetch_one(&mut *conn)
        .await?
        .try_get("v")?;
    let saved: Option<String> = sqlx::query(versions("backup"))
        .fetch_one(&mut *conn)
        .await?
        .try_get("v")?;
    if live != saved {
        return Err(StoreError::Backup(format!(
            "the backup has migrations {saved:?}, this database {live:?}; restore it with the \
             server version that wrote it"
        )));
    }
    let tables: Vec<String> = sqlx::query(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' \
         AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'",
    )
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| r.try_get("name"))
    .collect::<Result<_, _>>()?;
    conn.execute("PRAGMA foreign_keys = OFF").await?;
    conn.execute("BEGIN IMMEDIATE").await?;
    let copied = copy_tables(conn, &tables).await;
    let end = if copied.is_ok() { "COMMIT" } else { "ROLLBACK" };
    conn.execute(end).await?;
    conn.execute("PRAGMA foreign_keys = ON").await?;
    copied
}

/// Every row of `tables` from the attached backup, in place of the live ones.
async fn copy_tables(conn: &mut sqlx::AnyConnection, tables: &[String]) -> Result<(), StoreError> {
    for t in tables {
        // Table names come from the live schema, not from input.
        conn.execute(AssertSqlSafe(format!("DELETE FROM main.\"{t}\"")))
            .await?;
        conn.execute(AssertSqlSafe(format!(
            "INSERT INTO main.\"{t}\" SELECT * FROM backup.\"{t}\""
        )))
        .await?;
    }
    Ok(())
}
