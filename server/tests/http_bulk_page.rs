//! The bulk upload page: an HTML form (multipart) over the same upload as the API, whose
//! answer is the per-row report; a refused row creates nothing.
mod support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::Value;
use support::auth_client::Client;
use support::curation::{with_reviewer, ID};
use support::text;
use tower::ServiceExt;

const BOUNDARY: &str = "atlas-test-boundary";

fn multipart(fields: &[(&str, &str)], csv: &str) -> String {
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"edited.csv\"\r\n\
         Content-Type: text/csv\r\n\r\n{csv}\r\n--{BOUNDARY}--\r\n"
    ));
    body
}

async fn post(c: &Client, cookie: Option<&str>, body: String) -> (StatusCode, String, String) {
    let mut req = Request::post("/review/bulk?lang=en").header(
        header::CONTENT_TYPE,
        format!("multipart/form-data; boundary={BOUNDARY}"),
    );
    if let Some(cookie) = cookie {
        req = req.header(header::COOKIE, cookie);
    }
    let resp = c
        .app
        .clone()
        .oneshot(req.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = resp.status();
    let location = resp
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, text(resp).await, location)
}

#[tokio::test]
async fn a_bulk_upload_from_the_page_reports_each_row_and_creates_only_the_good_ones() {
    let (mut c, eve, _) = with_reviewer().await;
    let csv =
        format!("id,revision,经度 lon,纬度 lat\n{ID},0,119.0077,25.431\n{ID}-nope,0,119,25\n");
    let source = [
        ("reason", "site visit"),
        ("source_title", "<b>visit</b> notes"),
        ("source_date", "2026-05-01"),
    ];
    let (status, _, location) = post(&c, None, multipart(&source, &csv)).await;
    assert!(
        status.is_redirection() && location.starts_with("/login"),
        "{status}"
    );

    let (status, html, _) = post(&c, Some(&eve), multipart(&source, &csv)).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert_eq!(html.matches(r#"class="row-created""#).count(), 1, "{html}");
    assert_eq!(html.matches(r#"class="row-refused""#).count(), 1);
    assert!(html.contains("1 suggestions created, 1 rows refused"));
    let (_, list, _) = c
        .send(
            "GET",
            "/api/v1/suggestions?status=pending",
            None,
            Some(&eve),
            &[],
        )
        .await;
    let list: Value = serde_json::from_str(&list).unwrap();
    assert_eq!(list["suggestions"].as_array().unwrap().len(), 1);
    assert_eq!(list["suggestions"][0]["entity_id"], ID);

    // A form without a file is the page again, with what is missing.
    let (status, html, _) = post(
        &c,
        Some(&eve),
        multipart(&source, "").replace("edited.csv", ""),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        html.contains("form-error") && html.contains("file"),
        "{html}"
    );
    let (status, html, _) = c.send("GET", "/review/bulk", None, Some(&eve), &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"enctype="multipart/form-data""#));
}
