//! The real binary killed with SIGKILL while a client writes, on both back ends: after a
//! restart every write that was acknowledged (2xx) is there, SQLite passes its integrity
//! check, and a session made before the kill still works.
use crate::support;

use std::sync::mpsc;
use std::time::Duration;

use support::binary::{command, http, RunningServer};
use support::databases::fresh_databases;

const PW: &str = "the admin's long password";
const WRITES: usize = 500;

fn sign_in(addr: &str) -> String {
    let resp = http()
        .post(&format!("http://{addr}/api/v1/session"))
        .header("content-type", "application/json")
        .send(serde_json::json!({"name": "root", "password": PW}).to_string())
        .unwrap();
    assert_eq!(resp.status(), 200);
    let cookie = resp.headers().get("set-cookie").unwrap().to_str().unwrap();
    cookie.split(';').next().unwrap().to_owned()
}

/// Adds users w0, w1, … one at a time until the server stops answering; sends each index
/// whose write was acknowledged.
fn write_until_killed(addr: String, cookie: String, acked: mpsc::Sender<usize>) {
    let agent = http();
    for i in 0..WRITES {
        let body = serde_json::json!({"name": format!("w{i}"), "role": "editor", "password": PW});
        let sent = agent
            .post(&format!("http://{addr}/api/v1/users"))
            .header("content-type", "application/json")
            .header("cookie", &cookie)
            .send(body.to_string());
        match sent {
            Ok(r) if r.status().is_success() => {
                let _ = acked.send(i);
            }
            Ok(r) => panic!("write {i} refused: {}", r.status()),
            Err(_) => return, // the server is gone
        }
    }
}

fn random_millis(lo: u64, hi: u64) -> u64 {
    let mut b = [0u8; 8];
    getrandom::fill(&mut b).unwrap();
    lo + u64::from_le_bytes(b) % (hi - lo)
}

#[tokio::test(flavor = "multi_thread")]
async fn acknowledged_writes_survive_sigkill() {
    for (label, url) in fresh_databases().await {
        let db = ["--database-url", url.as_str()];
        let (ok, out) = command(
            &["user", "add", "--role", "admin", "root", db[0], db[1]],
            &format!("{PW}\n"),
        );
        assert!(ok, "{label}: {out}");
        let server = RunningServer::start(&db);
        let cookie = sign_in(&server.addr);
        let (tx, rx) = mpsc::channel();
        let writer = std::thread::spawn({
            let (addr, cookie) = (server.addr.clone(), cookie.clone());
            move || write_until_killed(addr, cookie, tx)
        });
        std::thread::sleep(Duration::from_millis(random_millis(800, 4000)));
        server.kill();
        writer.join().unwrap();
        let acked: Vec<usize> = rx.try_iter().collect();
        assert!(
            !acked.is_empty() && acked.len() < WRITES,
            "{label}: {} acknowledged before the kill",
            acked.len()
        );

        let server = RunningServer::start(&db);
        let resp = http()
            .get(&format!("http://{}/api/v1/users", server.addr))
            .header("cookie", &cookie)
            .call()
            .unwrap();
        assert_eq!(
            resp.status(),
            200,
            "{label}: the session made before the kill still works"
        );
        let users: serde_json::Value =
            serde_json::from_str(&resp.into_body().read_to_string().unwrap()).unwrap();
        let names: std::collections::BTreeSet<&str> = users["users"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["name"].as_str().unwrap())
            .collect();
        for i in &acked {
            assert!(
                names.contains(format!("w{i}").as_str()),
                "{label}: acknowledged write w{i} is lost"
            );
        }
        eprintln!(
            "{label}: {} writes acknowledged before SIGKILL, all there after restart",
            acked.len()
        );
        server.kill();
        if label == "sqlite" {
            let store = server::store::Store::open(&url).await.unwrap();
            let row = sqlx::query("PRAGMA integrity_check")
                .fetch_one(&store.pool)
                .await
                .unwrap();
            assert_eq!(sqlx::Row::get::<String, _>(&row, 0), "ok");
        }
    }
}
