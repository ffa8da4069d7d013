//! GDAL's OGC API – Features driver reads our `/ogc` endpoint (Debian `gdal-bin`, installed
//! by .ci/setup): the real server binary on a free port, queried by `ogrinfo`.
use std::net::TcpListener;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn catalogue_count() -> usize {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/entities.geojson");
    let fc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    fc["features"].as_array().unwrap().len()
}

#[test]
fn ogrinfo_lists_the_layer_with_every_feature() {
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../data");
    let child = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["--addr", &addr, "--data-dir", data])
        .spawn()
        .unwrap();
    let _server = Server(child);
    let start = Instant::now();
    while std::net::TcpStream::connect(&addr).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = Command::new("ogrinfo")
        .args(["-ro", "-al", "-so", &format!("OAPIF:http://{addr}/ogc")])
        .output()
        .expect("ogrinfo (Debian gdal-bin) must be installed: see .ci/setup");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("Layer name: entities"), "{stdout}");
    assert!(
        stdout.contains(&format!("Feature Count: {}", catalogue_count())),
        "{stdout}"
    );
}
