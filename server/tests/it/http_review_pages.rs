//! The curation pages through the router: the review queue (filters, diff, the move's map,
//! user text escaped), approving from it, the history page and its revert, the suggest
//! form, and the staff links on the map's page (none for anonymous visitors).
use crate::support;

use axum::http::StatusCode;
use serde_json::Value;
use support::curation::{entity, move_site, page, pending, propose, with_reviewer, ID};

fn site(e: &Value) -> (f64, f64) {
    let m = &e["properties"]["members"][0];
    (m["lon"].as_f64().unwrap(), m["lat"].as_f64().unwrap())
}

#[tokio::test]
async fn the_queue_shows_each_suggestion_escaped_with_its_move_and_approves_from_a_form() {
    let (mut c, eve, rex) = with_reviewer().await;
    let (status, _, location) = page(&c, "GET", "/review", "", None).await;
    assert!(
        status.is_redirection() && location.starts_with("/login"),
        "{status} {location}"
    );
    let (status, body) = propose(&mut c, &eve, move_site(0, 119.0077, 25.431)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let id = body["id"].as_str().unwrap().to_owned();

    let (status, html, _) = page(&c, "GET", "/review", "", Some(&rex)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(&format!(r#"action="/review/{id}/approve""#)),
        "{html}"
    );
    assert!(html.contains("<svg") && html.contains("move-old") && html.contains("move-new"));
    assert!(html.contains(r#"data-field="members""#) && html.contains("119.00770"));
    for raw in [
        "<script>alert(1)</script>",
        "<i>on site</i>",
        "<b>莆田市政府</b>",
    ] {
        assert!(!html.contains(raw), "{raw} unescaped");
    }
    for escaped in [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&lt;i&gt;on site&lt;/i&gt;",
        "&lt;b&gt;莆田市政府&lt;/b&gt;",
    ] {
        assert!(html.contains(escaped), "{escaped} missing");
    }
    // Filters: another city or author shows none; the map's own city names work.
    let (_, other, _) = page(
        &c,
        "GET",
        "/review?city=%E5%8E%A6%E9%97%A8%E5%B8%82&author=&sector=",
        "",
        Some(&rex),
    )
    .await;
    assert!(!other.contains(&format!("s-{id}")));
    let (_, same, _) = page(
        &c,
        "GET",
        "/review?city=%E8%8E%86%E7%94%B0&author=eve",
        "",
        Some(&rex),
    )
    .await;
    assert!(same.contains(&format!("s-{id}")));
    let (status, _, _) = page(&c, "GET", "/review?city=atlantis", "", Some(&rex)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // The author sees it but gets no decision form.
    let (_, own, _) = page(&c, "GET", "/review", "", Some(&eve)).await;
    assert!(own.contains(&format!("s-{id}")) && !own.contains("/approve"));
    let uri = format!("/review/{id}/approve");
    let (status, _, _) = page(&c, "POST", &uri, "comment=mine", Some(&eve)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, _, location) = page(&c, "POST", &uri, "comment=checked", Some(&rex)).await;
    assert_eq!(
        (status, location.as_str()),
        (StatusCode::SEE_OTHER, "/review?done=approved")
    );
    let e = entity(&mut c).await;
    assert_eq!(e["properties"]["revision"], 1);
    assert_eq!(site(&e), (119.0077, 25.431));
    // A reviewed site is drawn as such, and the legend says what its dot means.
    let (_, svg, _) = page(
        &c,
        "GET",
        "/api/v1/render.svg?city=%E8%8E%86%E7%94%B0&at=119.0,25.43,10",
        "",
        None,
    )
    .await;
    assert_eq!(svg.matches(r#"class="reviewed-dot""#).count(), 1, "{svg}");
    assert!(svg.contains("legend-reviewed"));
    // Deciding twice is refused on the page, with the queue shown again.
    let (status, html, _) = page(&c, "POST", &uri, "comment=again", Some(&rex)).await;
    assert_eq!(status, StatusCode::CONFLICT, "{html}");
    assert!(html.contains("form-error"));
}

#[tokio::test]
async fn the_history_page_shows_the_diff_and_a_reviewer_reverts_from_it() {
    let (mut c, eve, rex) = with_reviewer().await;
    let before = site(&entity(&mut c).await);
    let (_, body) = propose(&mut c, &eve, move_site(0, 119.0077, 25.431)).await;
    let id = body["id"].as_str().unwrap().to_owned();
    page(
        &c,
        "POST",
        &format!("/review/{id}/approve"),
        "comment=ok",
        Some(&rex),
    )
    .await;

    let path = format!("/entities/{ID}/history");
    let (status, html, _) = page(&c, "GET", &path, "", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"data-revision="1""#) && html.contains(r#"data-revision="0""#));
    assert!(html.contains("diff-old") && html.contains("119.00770"));
    assert!(html.contains("&lt;i&gt;on site&lt;/i&gt;") && !html.contains("<i>on site</i>"));
    assert!(
        !html.contains("/revert"),
        "anonymous visitors get no revert form"
    );
    let (_, html, _) = page(&c, "GET", &path, "", Some(&rex)).await;
    assert!(html.contains(&format!(r#"action="/entities/{ID}/revert""#)));

    let revert = format!("/entities/{ID}/revert");
    let (status, _, _) = page(&c, "POST", &revert, "revision=0&reason=wrong", Some(&eve)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, html, _) = page(&c, "POST", &revert, "revision=zero&reason=x", Some(&rex)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("revision"));
    let (status, _, location) = page(
        &c,
        "POST",
        &revert,
        "revision=0&reason=wrong+site",
        Some(&rex),
    )
    .await;
    assert_eq!(
        (status, location),
        (StatusCode::SEE_OTHER, format!("{path}?done=reverted"))
    );
    let e = entity(&mut c).await;
    assert_eq!(
        (e["properties"]["revision"].as_u64(), site(&e)),
        (Some(2), before)
    );
}

#[tokio::test]
async fn the_suggest_form_proposes_what_changed_and_keeps_a_refused_entry() {
    let (mut c, eve, _) = with_reviewer().await;
    let path = format!("/suggest/{ID}");
    let (status, _, location) = page(&c, "GET", &path, "", None).await;
    assert!(status.is_redirection() && location.starts_with("/login"));
    let (status, html, _) = page(&c, "GET", &path, "", Some(&eve)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(r#"<script defer src="/suggest.js">"#)
            && html.contains(r#"name="site0_lon""#)
    );
    let e = entity(&mut c).await;
    let (lon, lat) = site(&e);
    // The form as the page fills it, with the editor's changes.
    let props: app::model::EntityProps = serde_json::from_value(e["properties"].clone()).unwrap();
    let form = |lat: &str| {
        let mut pairs = server::curation::form_fields(&props);
        let edits = [
            ("site0_lon", "119.0077"),
            ("site0_lat", lat),
            ("site0_precision", "site"),
            ("status", "under_construction"),
            ("note", "</textarea><script>alert(1)</script>"),
            ("reason", "seen it"),
            ("source_title", "公告"),
            ("source_date", "2026-05-01"),
        ];
        for (k, v) in edits {
            pairs.retain(|(n, _)| n != k);
            pairs.push((k.to_owned(), v.to_owned()));
        }
        app::model::params::encode_pairs(&pairs)
    };
    let (status, html, _) = page(&c, "POST", &path, &form("north"), Some(&eve)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        html.contains("site0_lat") && html.contains(r#"value="north""#),
        "{html}"
    );
    // A textarea's text is escaped: what was typed cannot end it.
    assert!(!html.contains("</textarea><script>"));
    assert!(html.contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    let (status, _, location) = page(&c, "POST", &path, &form("25.431"), Some(&eve)).await;
    assert_eq!(
        (status, location.as_str()),
        (StatusCode::SEE_OTHER, "/review?done=submitted")
    );
    let list = pending(&mut c, &eve).await;
    let changes = &list[0]["changes"];
    assert_eq!(changes.as_object().unwrap().len(), 3, "{changes}");
    assert_eq!(changes["status"], "under_construction");
    assert_eq!(changes["members"][0]["precision"], "site");
    // Nothing is published before review.
    assert_eq!(site(&entity(&mut c).await), (lon, lat));
}

#[tokio::test]
async fn only_staff_see_staff_links_on_the_map() {
    let (mut c, eve, rex) = with_reviewer().await;
    propose(&mut c, &eve, move_site(0, 119.0077, 25.431)).await;
    let uri = format!("/?sel={ID}");
    let (_, anonymous, _) = page(&c, "GET", &uri, "", None).await;
    assert!(!anonymous.contains("queue-link") && !anonymous.contains("suggest-link"));
    assert!(
        anonymous.contains(&format!("/entities/{ID}/history")),
        "the history is public"
    );
    let (_, editor, _) = page(&c, "GET", &uri, "", Some(&eve)).await;
    assert!(editor.contains("suggest-link") && !editor.contains("queue-link"));
    let (_, reviewer, _) = page(&c, "GET", &uri, "", Some(&rex)).await;
    assert!(reviewer.contains("queue-link"));
    assert!(reviewer.contains(r#"<span class="queue-count">1"#));
}
