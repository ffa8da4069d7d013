//! The store on both back ends, for real: migrations, each repository, refusing a newer
//! database, and SQLite's backup round trip.
use crate::support;

use app::model::Role;
use server::store::{
    backup_sqlite, restore_sqlite, sqlite_path, AuditFilter, AuditRecord, SessionRow, Store,
    StoreError, UserRow, UserUpdate,
};
use sqlx::Row;
use support::databases::{fresh_databases, fresh_sqlite};

fn user(name: &str, role: Role) -> UserRow {
    UserRow {
        name: name.into(),
        role,
        password_hash: "$argon2id$fake".into(),
        disabled: false,
        must_change_password: false,
        created_at: 1,
        updated_at: 1,
    }
}

#[tokio::test]
async fn users_sessions_and_audit_on_every_back_end() {
    for (label, url) in fresh_databases().await {
        let store = Store::open(&url)
            .await
            .unwrap_or_else(|e| panic!("{label}: {e}"));
        let mut c = store.pool.acquire().await.unwrap();
        assert!(
            user("ada", Role::Admin).insert(&mut c).await.unwrap(),
            "{label}"
        );
        assert!(
            !user("ada", Role::Editor).insert(&mut c).await.unwrap(),
            "{label}: name taken"
        );
        assert!(user("bo", Role::Editor).insert(&mut c).await.unwrap());
        let names: Vec<String> = UserRow::list(&mut c)
            .await
            .unwrap()
            .into_iter()
            .map(|u| u.name)
            .collect();
        assert_eq!(names, ["ada", "bo"], "{label}");
        assert_eq!(UserRow::active_admins(&mut c).await.unwrap(), 1, "{label}");
        let bo = UserRow::get(&mut c, "bo").await.unwrap().unwrap();
        let change = UserUpdate {
            role: Some(Role::Reviewer),
            disabled: Some(true),
            ..Default::default()
        };
        bo.update(&mut c, change, 5).await.unwrap();
        let bo = UserRow::get(&mut c, "bo").await.unwrap().unwrap();
        assert_eq!(
            (bo.role, bo.disabled, bo.updated_at),
            (Role::Reviewer, true, 5),
            "{label}"
        );

        let s = SessionRow {
            token_hash: "h1".into(),
            user_name: "ada".into(),
            created_at: 100,
            last_seen: 100,
        };
        s.insert(&mut c, "10.0.0.1").await.unwrap();
        SessionRow::touch(&mut c, "h1", 200).await.unwrap();
        assert_eq!(
            SessionRow::get(&mut c, "h1")
                .await
                .unwrap()
                .unwrap()
                .last_seen,
            200,
            "{label}"
        );
        assert_eq!(
            SessionRow::delete_expired(&mut c, 150, 0).await.unwrap(),
            0,
            "{label}"
        );
        assert_eq!(
            SessionRow::delete_expired(&mut c, 250, 0).await.unwrap(),
            1,
            "{label}"
        );
        assert!(SessionRow::get(&mut c, "h1").await.unwrap().is_none());

        for (action, target) in [
            ("login_failed", "ada"),
            ("login_failed", "ada"),
            ("login", "bo"),
        ] {
            let r = AuditRecord {
                actor: None,
                action,
                target: Some(target.into()),
                address: "10.0.0.9".into(),
                detail: "{}".into(),
            };
            r.insert(&mut c).await.unwrap();
        }
        assert_eq!(
            AuditRecord::count_since(&mut c, "login_failed", false, "ada", 0)
                .await
                .unwrap(),
            2
        );
        assert_eq!(
            AuditRecord::count_since(&mut c, "login_failed", true, "10.0.0.9", 0)
                .await
                .unwrap(),
            2
        );
        let all = AuditFilter {
            limit: 10,
            ..Default::default()
        };
        assert_eq!(
            AuditRecord::list(&mut c, &all).await.unwrap().len(),
            3,
            "{label}"
        );
        let bo_only = AuditFilter {
            user: Some("bo".into()),
            action: Some("login".into()),
            ..all.clone()
        };
        let rows = AuditRecord::list(&mut c, &bo_only).await.unwrap();
        assert_eq!(rows.len(), 1, "{label}");
        assert_eq!(rows[0].target.as_deref(), Some("bo"));
        let future = AuditFilter {
            from: Some(i64::MAX / 2),
            ..all
        };
        assert!(AuditRecord::list(&mut c, &future).await.unwrap().is_empty());
    }
}

#[tokio::test]
async fn a_database_from_a_newer_version_is_refused() {
    for (label, url) in fresh_databases().await {
        let store = Store::open(&url).await.unwrap();
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
             VALUES (9999, 'from the future', TRUE, $1, 0)",
        )
        .bind(vec![0u8])
        .execute(&store.pool)
        .await
        .unwrap_or_else(|e| panic!("{label}: {e}"));
        store.pool.close().await;
        match Store::open(&url).await {
            Err(StoreError::Newer { version, .. }) => assert_eq!(version, 9999, "{label}"),
            other => panic!("{label}: {other:?}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn sqlite_is_wal_with_full_sync_and_backs_up_and_restores() {
    let url = fresh_sqlite();
    let store = Store::open(&url).await.unwrap();
    let mut c = store.pool.acquire().await.unwrap();
    let mode: String = sqlx::query("PRAGMA journal_mode")
        .fetch_one(&mut *c)
        .await
        .unwrap()
        .get(0);
    let sync: i64 = sqlx::query("PRAGMA synchronous")
        .fetch_one(&mut *c)
        .await
        .unwrap()
        .get(0);
    assert_eq!((mode.as_str(), sync), ("wal", 2), "WAL, synchronous = FULL");
    user("ada", Role::Admin).insert(&mut c).await.unwrap();
    drop(c);
    let file = std::path::Path::new(sqlite_path(&url)).with_file_name("backup.sqlite");
    backup_sqlite(&store, &file).await.unwrap();
    assert!(
        backup_sqlite(&store, &file).await.is_err(),
        "never overwrites a file"
    );
    let mut c = store.pool.acquire().await.unwrap();
    user("late", Role::Editor).insert(&mut c).await.unwrap();
    drop(c);
    restore_sqlite(&store, &file).await.unwrap();
    let mut c = store.pool.acquire().await.unwrap();
    let names: Vec<String> = UserRow::list(&mut c)
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.name)
        .collect();
    assert_eq!(names, ["ada"], "the backup's rows, and only those");
    let check: String = sqlx::query("PRAGMA integrity_check")
        .fetch_one(&mut *c)
        .await
        .unwrap()
        .get(0);
    assert_eq!(check, "ok");
    assert!(
        restore_sqlite(&store, std::path::Path::new("/nonexistent.sqlite"))
            .await
            .is_err()
    );
}

/// A write that reads first (changing an account reads it, then updates it) waits behind
/// another writer instead of failing: it once came back as a 500 when the previous request's
/// transaction had not yet let go of SQLite's write lock.
#[tokio::test(flavor = "multi_thread")]
async fn a_write_waits_behind_another_writer_on_every_back_end() {
    use server::auth::{accounts::Actor, admin};
    let who = Actor {
        name: None,
        address: "test".into(),
    };
    for (label, url) in fresh_databases().await {
        let store = Store::open(&url).await.unwrap();
        let pw = "a long enough password";
        admin::add_user(&store, "ada", Role::Admin, pw, &who)
            .await
            .unwrap();
        admin::add_user(&store, "bo", Role::Editor, pw, &who)
            .await
            .unwrap();
        let mut other = store.write().await.unwrap();
        sqlx::query("UPDATE users SET updated_at = updated_at + 1 WHERE name = 'ada'")
            .execute(&mut *other)
            .await
            .unwrap();
        let holder = tokio::spawn(async move {
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            other.commit().await
        });
        let change = admin::AccountChange {
            disabled: Some(true),
            ..Default::default()
        };
        let bo = admin::change_user(&store, "bo", change, &who).await;
        assert!(bo.is_ok_and(|u| u.disabled), "{label}");
        holder.await.unwrap().unwrap();
    }
}
