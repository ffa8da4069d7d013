//! The real binary refuses to start on broken data, naming the file and the reason.
use std::process::Command;

fn start_with_basemap(contents: &str) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("basemap")).unwrap();
    std::fs::write(dir.path().join("basemap/fujian.geojson"), contents).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["--addr", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn corrupt_base_map_stops_start_up_with_file_and_reason() {
    let (ok, stderr) = start_with_basemap("{ not json");
    assert!(!ok, "server must not start");
    assert!(
        stderr.contains("basemap/fujian.geojson"),
        "names the file: {stderr}"
    );
    assert!(
        stderr.contains("not a GeoJSON FeatureCollection"),
        "gives the reason: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "no panic: {stderr}");
}

#[test]
fn missing_data_dir_is_reported() {
    let out = Command::new(env!("CARGO_BIN_EXE_server"))
        .args([
            "--addr",
            "127.0.0.1:0",
            "--data-dir",
            "/nonexistent/atlas-data",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("/nonexistent/atlas-data"), "{stderr}");
}
