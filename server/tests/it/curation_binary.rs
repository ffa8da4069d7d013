//! Curation with the real binary, on both back ends: an approval on one replica is served
//! by a second one sharing the database within 2 s; a published change survives SIGKILL and
//! restart; `catalogue export` writes a file that, loaded as the baseline, reproduces the
//! published state.
use crate::support;

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use server::curation::Published;
use server::data::Data;
use server::store::Store;
use support::binary::{command, http, RunningServer};
use support::databases::fresh_databases;
use support::repo_path;

const PW: &str = "the curators' long password";
const ID: &str = "beidou-gaofen-big-data-platform";

fn sign_in(addr: &str, name: &str) -> String {
    let resp = http()
        .post(&format!("http://{addr}/api/v1/session"))
        .header("content-type", "application/json")
        .send(json!({"name": name, "password": PW}).to_string())
        .unwrap();
    assert_eq!(resp.status(), 200);
    let cookie = resp.headers().get("set-cookie").unwrap().to_str().unwrap();
    cookie.split(';').next().unwrap().to_owned()
}

fn post(addr: &str, path: &str, cookie: &str, body: Value) -> Value {
    let mut resp = http()
        .post(&format!("http://{addr}{path}"))
        .header("content-type", "application/json")
        .header("cookie", cookie)
        .send(body.to_string())
        .unwrap();
    let status = resp.status();
    let body: Value = serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap();
    assert!(status.is_success(), "{path}: {status} {body}");
    body
}

fn revision(addr: &str) -> u64 {
    let mut resp = http()
        .get(&format!("http://{addr}/api/v1/entities/{ID}"))
        .call()
        .unwrap();
    let e: Value = serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap();
    e["properties"]["revision"].as_u64().unwrap()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn replicas_follow_approvals_which_survive_sigkill_and_export() {
    for (label, url) in fresh_databases().await {
        let db = ["--database-url", url.as_str()];
        for (name, role) in [("eve", "editor"), ("rex", "reviewer")] {
            let (ok, out) = command(
                &["user", "add", "--role", role, name, db[0], db[1]],
                &format!("{PW}\n"),
            );
            assert!(ok, "{label}: {out}");
        }
        let a = RunningServer::start(&db);
        let b = RunningServer::start(&db);
        let suggestion = json!({
            "entity_id": ID, "base_revision": 0,
            "changes": {"members": [{"name_zh": "莆田“北斗+高分”综合大数据应用平台",
                "lon": 119.0071, "lat": 25.4412, "precision": "site", "city": "莆田市"}]},
            "reason": "on the district's site plan", "source": {"local_knowledge": true, "date": "2026-11-02"},
        });
        let id = post(
            &a.addr,
            "/api/v1/suggestions",
            &sign_in(&a.addr, "eve"),
            suggestion,
        )["id"]
            .clone();
        let path = format!("/api/v1/suggestions/{}/approve", id.as_str().unwrap());
        post(&a.addr, &path, &sign_in(&a.addr, "rex"), json!({}));
        let approved = Instant::now();
        assert_eq!(
            revision(&a.addr),
            1,
            "{label}: the approving replica at once"
        );
        while revision(&b.addr) != 1 {
            assert!(
                approved.elapsed() < Duration::from_secs(2),
                "{label}: the other replica within 2 s"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        println!(
            "{label}: second replica published after {:?}",
            approved.elapsed()
        );
        a.kill();
        b.kill();
        let again = RunningServer::start(&db);
        assert_eq!(
            revision(&again.addr),
            1,
            "{label}: after SIGKILL and restart"
        );
        drop(again);

        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("entities.geojson");
        let data_dir = repo_path("data");
        let args = [
            "catalogue",
            "export",
            file.to_str().unwrap(),
            "--data-dir",
            data_dir.to_str().unwrap(),
            db[0],
            db[1],
        ];
        let (ok, out) = command(&args, "");
        assert!(ok, "{label}: {out}");
        let copy = dir.path().join("data");
        copy_dir(&data_dir, &copy);
        std::fs::copy(&file, copy.join("entities.geojson")).unwrap();
        let reloaded = Data::load(&copy).unwrap();
        let published = Published::new(std::sync::Arc::new(Data::load(&data_dir).unwrap()));
        published
            .refresh(&Store::open(&url).await.unwrap())
            .await
            .unwrap();
        assert_eq!(
            reloaded.catalogue.entities,
            published.current().catalogue.entities,
            "{label}"
        );
        assert_eq!(reloaded.catalogue.entity(ID).unwrap().props.revision, 1);
    }
}
