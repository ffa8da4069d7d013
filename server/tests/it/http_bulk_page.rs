//! The bulk upload page: an HTML form (multipart) over the same upload as the API, whose
//! answer is the per-row report; a refused row creates nothing.
use crate::support;

use axum::http::StatusCode;
use support::auth_client::Client;
use support::curation::{pending, post_page, with_reviewer, ID};

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
    let kind = format!("multipart/form-data; boundary={BOUNDARY}");
    post_page(c, "POST", "/review/bulk?lang=en", Some(&kind), body, cookie).await
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
    let list = pending(&mut c, &eve).await;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["entity_id"], ID);

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
