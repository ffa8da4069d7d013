//! Random query strings on every public route: never a 5xx, and on the JSON routes every
//! 4xx is a JSON error (a 400 naming its parameter).
use crate::support;

use axum::http::StatusCode;
use proptest::prelude::*;
use support::{get, text};

/// Every route a client can reach, with real and unknown path parameters.
const ROUTES: [&str; 27] = [
    "/healthz",
    "/api/v1/entities",
    "/api/v1/entities/graphene-cluster",
    "/api/v1/entities/no-such-entity",
    "/api/v1/facets",
    "/api/v1/clusters",
    "/api/v1/cities/厦门",
    "/api/v1/cities/上海",
    "/api/v1/export.csv",
    "/api/v1/export.geojson",
    "/api/v1/render.svg",
    "/api/v1/basemap.geojson",
    "/api/search_entities",
    "/api/get_detail",
    "/api/get_city_profile",
    "/api/get_sectors",
    "/api/get_indicators",
    "/ogc",
    "/ogc/",
    "/ogc/api",
    "/ogc/conformance",
    "/ogc/collections",
    "/ogc/collections/entities",
    "/ogc/collections/entities/queryables",
    "/ogc/collections/entities/items",
    "/",
    "/embed",
];

fn name() -> impl Strategy<Value = String> {
    let known = [
        "bbox",
        "sector",
        "tier",
        "kind",
        "city",
        "q",
        "near",
        "radius_km",
        "k",
        "limit",
        "offset",
        "zoom",
        "at",
        "lang",
        "sel",
        "panel",
        "profile",
        "sort",
        "title",
        "legend",
        "controls",
        "interactive",
        "size",
        "dpi",
        "query",
        "id",
        "f",
        "bbox-crs",
    ];
    prop_oneof![
        4 => proptest::sample::select(known.to_vec()).prop_map(str::to_owned),
        1 => "[a-z_]{0,8}",
    ]
}

fn value() -> impl Strategy<Value = String> {
    let tricky = [
        "",
        "0",
        "-1",
        "1e400",
        "NaN",
        "inf",
        "118.1,24.5,9",
        "24.5,118.1,9",
        "118,24,99",
        "115.8,23.5,120.8,28.4",
        "120,28,115,23",
        "marine",
        "national,none",
        "厦门",
        "平潭",
        "上海市",
        "1920x1080",
        "a4-portrait",
        "600",
        "zh",
        "en",
        "1",
        "true",
        "tier=national",
        "sector=gold",
        "xmhj",
        "graphene-cluster",
    ];
    prop_oneof![
        4 => proptest::sample::select(tricky.to_vec()).prop_map(str::to_owned),
        1 => any::<String>().prop_map(|s| s.chars().take(120).collect()),
        1 => "[0-9.,eE+-]{0,20}",
    ]
}

/// A query string: encoded pairs (names may repeat), sometimes with raw junk appended.
fn query() -> impl Strategy<Value = String> {
    let pairs = proptest::collection::vec((name(), value()), 0..5);
    let junk = proptest::sample::select(vec!["", "", "", "&", "=", "%", "%zz", "&a=b=c", "+"]);
    (pairs, junk).prop_map(|(pairs, junk)| {
        let mut qs = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &pairs {
            qs.append_pair(k, v);
        }
        format!("{}{junk}", qs.finish())
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn no_route_answers_5xx_and_json_routes_explain_4xx(
        route in proptest::sample::select(ROUTES.to_vec()),
        qs in query(),
    ) {
        let uri = format!("{}?{qs}", route.replace("厦门", "%E5%8E%A6%E9%97%A8").replace("上海", "%E4%B8%8A%E6%B5%B7"));
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let (status, body) = rt.block_on(async {
            let resp = get(&uri).await;
            (resp.status(), text(resp).await)
        });
        prop_assert!(status.as_u16() < 500, "{uri} answered {status}: {body}");
        let json_route = route.starts_with("/api/") || route.starts_with("/ogc");
        if json_route && status.is_client_error() {
            let v: serde_json::Value = serde_json::from_str(&body)
                .map_err(|e| TestCaseError::fail(format!("{uri}: {status} not JSON ({e}): {body}")))?;
            prop_assert!(v["error"]["message"].is_string(), "{uri}: {body}");
            if status == StatusCode::BAD_REQUEST {
                prop_assert!(v["error"]["param"].is_string(), "{uri}: no param named: {body}");
            }
        }
    }
}
