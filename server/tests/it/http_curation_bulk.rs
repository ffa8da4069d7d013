//! Bulk suggestions through the router: an exported table, edited, uploads back as one
//! pending suggestion per valid changed row; refused rows (outside the city, unknown id,
//! a bad number) create nothing and say which column is wrong; nothing is published until
//! a reviewer approves; anonymous uploads are 401, whole-file problems 400s naming `file`.
use crate::support;

use app::model::params::encode_pairs;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::Value;
use support::auth_client::Client;
use support::curation::{entity, with_reviewer, ID};
use support::text;
use tower::ServiceExt;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const OUTSIDE: &str = "maritime-silk-road-beidou-plus-industrial-park";

async fn upload(
    c: &mut Client,
    cookie: Option<&str>,
    kind: &str,
    source: &[(&str, &str)],
    body: Vec<u8>,
) -> (StatusCode, Value) {
    let pairs: Vec<_> = source
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let uri = format!("/api/v1/suggestions/bulk?{}", encode_pairs(&pairs));
    let mut req = Request::post(uri).header(header::CONTENT_TYPE, kind);
    if let Some(cookie) = cookie {
        req = req.header(header::COOKIE, cookie);
    }
    let mut req = req.body(Body::from(body)).unwrap();
    req.extensions_mut()
        .insert(axum::extract::ConnectInfo(c.from));
    let resp = c.app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let body = text(resp).await;
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

const SOURCE: [(&str, &str); 3] = [
    ("reason", "located on the 2026 site visit"),
    ("source_title", "莆田市政府 公告"),
    ("source_date", "2026-05-01"),
];

/// The export of 莆田市 with `edit` applied to its rows (cells by header), as CSV bytes.
async fn edited_export(
    c: &mut Client,
    edit: impl Fn(&mut Vec<Vec<String>>, &csv::StringRecord),
) -> Vec<u8> {
    let (status, body, _) = c
        .send("GET", "/api/v1/export.csv?city=莆田市", None, None, &[])
        .await;
    assert_eq!(status, StatusCode::OK);
    let mut reader = csv::Reader::from_reader(body.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    out.write_record(&headers).unwrap();
    let mut rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    edit(&mut rows, &headers);
    for row in rows {
        out.write_record(row).unwrap();
    }
    out.into_inner().unwrap()
}

fn set(row: &mut [String], headers: &csv::StringRecord, header: &str, value: &str) {
    let i = headers.iter().position(|h| h == header).unwrap();
    row[i] = value.to_owned();
}

fn row<'a>(report: &'a Value, id: &str) -> &'a Value {
    let rows = report["rows"].as_array().unwrap();
    rows.iter().find(|r| r["id"] == id).unwrap()
}

async fn pending(c: &mut Client, cookie: &str) -> Vec<Value> {
    let uri = "/api/v1/suggestions?status=pending";
    let (status, body, _) = c.send("GET", uri, None, Some(cookie), &[]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    v["suggestions"].as_array().unwrap().clone()
}

#[tokio::test]
async fn an_edited_csv_export_uploads_as_one_suggestion_per_valid_row() {
    let (mut c, editor, reviewer) = with_reviewer().await;
    let before = entity(&mut c).await;
    let file = edited_export(&mut c, |rows, h| {
        let mut unknown = rows[0].clone();
        for r in rows.iter_mut() {
            let id = r[0].clone();
            if id == ID {
                set(r, h, "经度 lon", "119.0077");
                set(r, h, "纬度 lat", "25.4310");
            } else if id == OUTSIDE {
                // 福州's centre: in Fujian, but not in 莆田市.
                set(r, h, "经度 lon", "119.2916");
                set(r, h, "纬度 lat", "26.0774");
            }
        }
        set(&mut unknown, h, "id", "no-such-entity");
        set(&mut unknown, h, "备注 note", "new");
        rows.push(unknown);
    })
    .await;
    let lines = csv::Reader::from_reader(&file[3..]).records().count();

    let (status, _) = upload(&mut c, None, "text/csv", &SOURCE, file.clone()).await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "anonymous uploads are refused"
    );
    let (status, report) = upload(&mut c, Some(&editor), "text/csv", &SOURCE, file.clone()).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    let totals = &report["totals"];
    assert_eq!(totals["created"], 1, "{report}");
    assert_eq!(totals["refused"], 2, "{report}");
    assert_eq!(totals["rows"], lines);
    assert_eq!(totals["unchanged"], lines - 3);

    let moved = row(&report, ID);
    assert_eq!(moved["outcome"], "created");
    assert_eq!(moved["errors"], serde_json::json!([]));
    let outside = row(&report, OUTSIDE);
    assert_eq!(outside["outcome"], "refused");
    assert_eq!(outside["suggestion"], Value::Null);
    assert_eq!(outside["errors"][0]["column"], "lon", "{outside}");
    let why = outside["errors"][0]["message"].as_str().unwrap();
    assert!(why.contains("outside 莆田市"), "{why}");
    let unknown = row(&report, "no-such-entity");
    assert_eq!(unknown["row"], lines + 1, "the header is line 1");
    assert_eq!(unknown["errors"][0]["column"], "id");
    assert_eq!(unknown["errors"][0]["message"], "unknown id");

    // One pending suggestion, by eve, and nothing published before a review.
    let queue = pending(&mut c, &editor).await;
    assert_eq!(queue.len(), 1, "{queue:?}");
    assert_eq!(queue[0]["id"], moved["suggestion"]);
    assert_eq!(queue[0]["entity_id"], ID);
    assert_eq!(queue[0]["author"], "eve");
    assert_eq!(entity(&mut c).await, before);

    // A reviewer may upload too (the role includes an editor's).
    let (status, report) = upload(&mut c, Some(&reviewer), "text/csv", &SOURCE, file).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    assert_eq!(report["totals"]["created"], 1);
    assert_eq!(pending(&mut c, &editor).await.len(), 2);
}

#[tokio::test]
async fn bad_numbers_and_whole_file_problems_are_named() {
    let (mut c, editor, _) = with_reviewer().await;
    let file = edited_export(&mut c, |rows, h| {
        for r in rows.iter_mut().filter(|r| r[0] == ID) {
            set(r, h, "经度 lon", "abc");
            set(r, h, "面积 area_km2", "-1");
        }
    })
    .await;
    let (status, report) = upload(&mut c, Some(&editor), "text/csv", &SOURCE, file).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    assert_eq!(report["totals"]["refused"], 1);
    let columns: Vec<&str> = row(&report, ID)["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["column"].as_str().unwrap())
        .collect();
    assert_eq!(columns, ["area_km2", "lon"]);
    assert!(pending(&mut c, &editor).await.is_empty());

    let no_id = b"name,revision\nx,0\n".to_vec();
    for (kind, body, param) in [
        ("text/csv", no_id, "file"),
        ("text/csv", Vec::new(), "file"),
        ("text/csv", vec![b'a'; (5 << 20) + 1], "file"),
        ("application/json", b"{}".to_vec(), "file"),
        (XLSX, b"id,revision\n".to_vec(), "file"),
    ] {
        let (status, answer) = upload(&mut c, Some(&editor), kind, &SOURCE, body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{answer}");
        assert_eq!(answer["error"]["param"], param, "{answer}");
    }
    let bad_date = [("source_date", "yesterday")];
    let (status, answer) = upload(
        &mut c,
        Some(&editor),
        "text/csv",
        &bad_date,
        b"id,revision\na,0\n".to_vec(),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(answer["error"]["param"], "source_date");
}

#[tokio::test]
async fn an_xlsx_table_with_its_own_source_columns_creates_a_suggestion() {
    use rust_xlsxwriter::Workbook;
    let (mut c, editor, _) = with_reviewer().await;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let header = "id,纬度 lat,经度 lon,版本 revision,reason,source_title,source_date";
    let cells = [
        ID,
        "",
        "",
        "",
        "located on site",
        "莆田市政府 公告",
        "2026-05-01",
    ];
    for (col, (h, cell)) in header.split(',').zip(cells).enumerate() {
        sheet.write_string(0, col as u16, h).unwrap();
        sheet.write_string(1, col as u16, cell).unwrap();
    }
    // Numbers as a spreadsheet keeps them.
    for (col, n) in [(1, 25.4310), (2, 119.0077), (3, 0.0)] {
        sheet.write_number(1, col, n).unwrap();
    }
    let bytes = book.save_to_buffer().unwrap();

    let (status, report) = upload(&mut c, Some(&editor), XLSX, &[], bytes).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    assert_eq!(report["totals"]["created"], 1, "{report}");
    assert_eq!(report["rows"][0]["row"], 2);
    let queue = pending(&mut c, &editor).await;
    assert_eq!(queue.len(), 1);
    let members = queue[0]["diff"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["field"] == "members")
        .unwrap();
    assert_eq!(members["new"][0]["lon"], 119.0077);
    assert_eq!(members["new"][0]["precision"], "site");
}
