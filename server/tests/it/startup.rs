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

/// Starts the binary over the bundled data with the store at `url`; (started?, stderr).
fn start_with_database(url: &str) -> (bool, String) {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../data");
    let out = Command::new(env!("CARGO_BIN_EXE_server"))
        .args([
            "--addr",
            "127.0.0.1:0",
            "--data-dir",
            data,
            "--database-url",
            url,
        ])
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn an_unreachable_or_broken_database_stops_start_up_with_why() {
    let (ok, stderr) = start_with_database("postgres://atlas:secret@127.0.0.1:1/atlas");
    assert!(!ok);
    assert!(stderr.contains("cannot open the database"), "{stderr}");
    assert!(
        !stderr.contains("secret"),
        "no password in the message: {stderr}"
    );

    let (ok, stderr) = start_with_database("mysql://x/y");
    assert!(!ok);
    assert!(
        stderr.contains("expected sqlite://PATH or postgres://"),
        "{stderr}"
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("atlas.sqlite");
    std::fs::write(&file, b"this is not a database, it is a text file").unwrap();
    let (ok, stderr) = start_with_database(&format!("sqlite://{}", file.display()));
    assert!(!ok);
    assert!(
        stderr.contains(&file.display().to_string()),
        "names the database: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}
