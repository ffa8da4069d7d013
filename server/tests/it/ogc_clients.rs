//! Standard OGC API – Features clients read our `/ogc` endpoint: GDAL's driver (`ogrinfo`,
//! Debian `gdal-bin`) and Python's OWSLib (PyPI `owslib`), both installed by .ci/setup,
//! against the real server binary on a free port.
use crate::support;

use std::process::Command;

use support::binary::RunningServer;
use support::{catalogue_count, repo_path};

#[test]
fn ogrinfo_lists_the_layer_with_every_feature() {
    let server = RunningServer::start(&[]);
    let out = Command::new("ogrinfo")
        .args([
            "-ro",
            "-al",
            "-so",
            &format!("OAPIF:http://{}/ogc", server.addr),
        ])
        .output()
        .expect("ogrinfo (Debian gdal-bin) must be installed: see .ci/setup");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("Layer name: entities"), "{stdout}");
    let all = catalogue_count(|_| true);
    assert!(
        stdout.contains(&format!("Feature Count: {all}")),
        "{stdout}"
    );
}

#[test]
fn owslib_connects_reads_the_api_definition_queryables_and_items() {
    let server = RunningServer::start(&[]);
    let script = repo_path("tests/ogc/owslib_client.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(format!("http://{}/ogc", server.addr))
        .arg(catalogue_count(|_| true).to_string())
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
