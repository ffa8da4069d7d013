//! The binary's commands: the first admin from the command line (password on standard
//! input), and an SQLite backup and restore round trip.
use crate::support;

use server::store::{sqlite_path, Store, UserRow};
use support::binary::command;
use support::databases::fresh_sqlite;

async fn names(url: &str) -> Vec<String> {
    let store = Store::open(url).await.unwrap();
    let mut c = store.pool.acquire().await.unwrap();
    UserRow::list(&mut c)
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.name)
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn user_add_reads_the_password_and_checks_it() {
    let url = fresh_sqlite();
    let add = |name: &'static str, stdin: &'static str| {
        let url = url.clone();
        move || {
            command(
                &[
                    "user",
                    "add",
                    "--role",
                    "admin",
                    name,
                    "--database-url",
                    &url,
                ],
                stdin,
            )
        }
    };
    let (ok, out) = add("ada", "short\n")();
    assert!(!ok && out.contains("at least 12 characters"), "{out}");
    let (ok, out) = add("ada", "a long enough password\n")();
    assert!(ok && out.contains("added admin ada"), "{out}");
    let (ok, out) = add("ada", "a long enough password\n")();
    assert!(!ok && out.contains("exists"), "{out}");
    let (ok, out) = command(&["user", "add", "ada"], "");
    assert!(
        !ok && out.contains("--role is required") && out.contains("usage:"),
        "{out}"
    );
    assert_eq!(names(&url).await, ["ada"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn backup_then_restore_gives_back_the_saved_state() {
    let url = fresh_sqlite();
    let db = ["--database-url", url.as_str()];
    let pw = "a long enough password\n";
    assert!(command(&["user", "add", "--role", "admin", "ada", db[0], db[1]], pw).0);
    let file = std::path::Path::new(sqlite_path(&url)).with_file_name("saved.sqlite");
    let file = file.to_str().unwrap();
    let (ok, out) = command(&["db", "backup", file, db[0], db[1]], "");
    assert!(ok, "{out}");
    assert!(command(&["user", "add", "--role", "editor", "bo", db[0], db[1]], pw).0);
    assert_eq!(names(&url).await, ["ada", "bo"]);
    let (ok, out) = command(&["db", "restore", file, db[0], db[1]], "");
    assert!(ok, "{out}");
    assert_eq!(names(&url).await, ["ada"]);
    let (ok, out) = command(&["db", "backup", file, db[0], db[1]], "");
    assert!(!ok && out.contains("exists"), "{out}");
    let (ok, out) = command(
        &[
            "db",
            "backup",
            "x.sql",
            "--database-url",
            "postgres://u:p@127.0.0.1:1/x",
        ],
        "",
    );
    assert!(!ok && !out.contains(":p@"), "{out}");
}
