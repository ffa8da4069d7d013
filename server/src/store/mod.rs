//! The database: one pool, embedded migrations applied at start-up, one repository module
//! per table. SQLite (the embedded default, a file) and PostgreSQL (for several replicas)
//! run the same SQL through sqlx's `Any` driver. Every write is one transaction; the
//! published catalogue stays in memory, so reads of the map never wait on the store.
mod audit;
mod backup;
mod revisions;
mod sessions;
mod suggestions;
mod users;

use std::time::{SystemTime, UNIX_EPOCH};

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::{MigrateError, Migrator};
use sqlx::{Any, AnyPool, Executor, Transaction};
use thiserror::Error;

pub use audit::{AuditFilter, AuditRecord};
pub use backup::{backup_sqlite, restore_sqlite};
pub use revisions::RevisionRow;
pub use sessions::SessionRow;
pub use suggestions::SuggestionRow;
pub use users::{UserRow, UserUpdate};

/// The default store: a file beside the checkout, created on first start (git-ignored).
pub const DEFAULT_DATABASE_URL: &str = "sqlite://var/atlas.sqlite";

static MIGRATIONS: Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("database URL {:?}: expected sqlite://PATH or postgres://USER:PASSWORD@HOST/DB", redact_url(.0))]
    BadUrl(String),
    #[error("cannot create the directory {dir} for the database: {source}")]
    CreateDir { dir: String, source: std::io::Error },
    #[error("cannot open the database at {url}: {source}")]
    Connect { url: String, source: sqlx::Error },
    #[error(
        "the database at {url} was written by a newer version of the atlas (its migration \
         {version} is unknown to this server); run the newer server, or restore a backup"
    )]
    Newer { url: String, version: i64 },
    #[error("migrating the database at {url} failed: {source}")]
    Migrate { url: String, source: MigrateError },
    #[error("database: {0}")]
    Query(#[from] sqlx::Error),
    #[error("{0}")]
    Backup(String),
    #[error("the database holds a value this server cannot read: {0}")]
    Corrupt(String),
    #[error("no randomness from the system: {0}")]
    Random(String),
}

/// Which database the URL names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of(url: &str) -> Result<Backend, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::BadUrl(url.to_owned()))
        }
    }
}

/// The store, cheap to clone (a pool).
#[derive(Clone, Debug)]
pub struct Store {
    pub pool: AnyPool,
    pub backend: Backend,
}

impl Store {
    /// Connects (creating an SQLite file and its directory if missing) and applies the
    /// migrations; refuses a database that a newer version has migrated further.
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of(url)?;
        // Errors name the database, never its password.
        let shown = redact_url(url);
        let connect = |source| StoreError::Connect {
            url: shown.clone(),
            source,
        };
        let mut options: AnyConnectOptions = url.parse().map_err(connect)?;
        if backend == Backend::Sqlite {
            create_parent_dir(url)?;
            options = format!(
                "{}{}mode=rwc",
                url,
                if url.contains('?') { "&" } else { "?" }
            )
            .parse()
            .map_err(connect)?;
        }
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 4 } else { 8 })
            // An unreachable database stops start-up within seconds, and a request waits
            // no longer than this for a connection.
            .acquire_timeout(std::time::Duration::from_secs(5))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL for readers beside the writer; FULL so an acknowledged commit
                        // survives power loss; wait for the writer rather than fail.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(connect)?;
        MIGRATIONS.run(&pool).await.map_err(|e| match e {
            MigrateError::VersionMissing(version) => StoreError::Newer {
                url: shown.clone(),
                version,
            },
            source => StoreError::Migrate {
                url: shown.clone(),
                source,
            },
        })?;
        Ok(Store { pool, backend })
    }

    /// A transaction that writes. On SQLite it takes the write lock at `BEGIN IMMEDIATE`, so
    /// it waits its turn (`busy_timeout`) behind another writer: a deferred transaction that
    /// has read is refused at once (SQLITE_BUSY, no waiting) when it then tries to write.
    pub async fn write(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        self.pool
            .begin_with(match self.backend {
                Backend::Sqlite => "BEGIN IMMEDIATE",
                Backend::Postgres => "BEGIN",
            })
            .await
    }
}

/// `sqlite://var/atlas.sqlite` needs `var/`.
fn create_parent_dir(url: &str) -> Result<(), StoreError> {
    let path = sqlite_path(url);
    match std::path::Path::new(path).parent() {
        Some(dir) if !dir.as_os_str().is_empty() && path != ":memory:" => {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
                dir: dir.display().to_string(),
                source,
            })
        }
        _ => Ok(()),
    }
}

/// The URL with any password replaced by `***`, for logs and messages.
pub fn redact_url(url: &str) -> String {
    match (url.split_once("://"), url.rfind('@')) {
        (Some((scheme, rest)), Some(at)) if at > scheme.len() + 3 => {
            let user = rest.split([':', '@']).next().unwrap_or_default();
            format!("{scheme}://{user}:***{}", &url[at..])
        }
        _ => url.to_owned(),
    }
}

/// The file of an SQLite URL (`sqlite://PATH?…` or `sqlite:PATH`).
pub fn sqlite_path(url: &str) -> &str {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .unwrap_or(url);
    rest.split('?').next().unwrap_or(rest)
}

/// Now, in unix milliseconds (the store's time unit).
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// A random id for rows the application names (audit entries), 128 bits as hex.
pub fn random_id() -> Result<String, StoreError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::Random(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_name_their_backend_and_file() {
        assert_eq!(
            Backend::of("sqlite://var/a.sqlite").unwrap(),
            Backend::Sqlite
        );
        assert_eq!(
            Backend::of("postgres://u:p@h/db").unwrap(),
            Backend::Postgres
        );
        assert!(matches!(
            Backend::of("mysql://x"),
            Err(StoreError::BadUrl(_))
        ));
        assert_eq!(
            sqlite_path("sqlite://var/a.sqlite?mode=rwc"),
            "var/a.sqlite"
        );
        assert_eq!(sqlite_path("sqlite:/tmp/b.db"), "/tmp/b.db");
        assert_eq!(random_id().unwrap().len(), 32);
        assert_eq!(
            redact_url("postgres://u:pw@h:5/db"),
            "postgres://u:***@h:5/db"
        );
        assert_eq!(redact_url("sqlite://var/a.sqlite"), "sqlite://var/a.sqlite");
    }
}
