//! Real databases for tests: a fresh SQLite file, and a fresh PostgreSQL database when
//! `ATLAS_TEST_POSTGRES_URL` names a server (`.ci/run` starts one; `ATLAS_REQUIRE_POSTGRES=1`
//! makes its absence a failure rather than a skip). No mock anywhere.
use std::path::PathBuf;

use sqlx::{AnyPool, AssertSqlSafe, Executor};

/// `(label, url)` of every back end to test on, each empty and of its own.
pub async fn fresh_databases() -> Vec<(&'static str, String)> {
    let mut out = vec![("sqlite", fresh_sqlite())];
    if let Some(url) = fresh_postgres().await {
        out.push(("postgres", url));
    }
    out
}

pub fn fresh_sqlite() -> String {
    let dir: PathBuf = tempfile::tempdir().expect("a temporary directory").keep();
    format!("sqlite://{}", dir.join("atlas.sqlite").display())
}

/// A new database on the test PostgreSQL server, or `None` when there is none.
pub async fn fresh_postgres() -> Option<String> {
    let Ok(admin) = std::env::var("ATLAS_TEST_POSTGRES_URL") else {
        assert!(
            std::env::var("ATLAS_REQUIRE_POSTGRES").as_deref() != Ok("1"),
            "ATLAS_REQUIRE_POSTGRES=1 but ATLAS_TEST_POSTGRES_URL is not set"
        );
        eprintln!("no ATLAS_TEST_POSTGRES_URL: PostgreSQL tests skipped");
        return None;
    };
    sqlx::any::install_default_drivers();
    let pool = AnyPool::connect(&admin)
        .await
        .expect("the test PostgreSQL answers");
    let mut id = [0u8; 8];
    getrandom::fill(&mut id).expect("randomness");
    let name: String = std::iter::once("atlas_test_".to_string())
        .chain(id.iter().map(|b| format!("{b:02x}")))
        .collect();
    pool.execute(AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await
        .expect("CREATE DATABASE");
    pool.close().await;
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    Some(format!("{base}/{name}"))
}
