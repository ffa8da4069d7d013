//! OGC API – Features Part 1 (Core + GeoJSON) under `/ogc`, over the same index as `/api/v1`.
use axum::{
    extract::{Path, State},
    http::{header, HeaderMap},
    response::Response,
    Json,
};
use serde_json::{json, Value};

use super::{
    api_error::ApiError,
    cache::cached,
    feature::geojson,
    params::{self, Params},
};
use crate::{features::feature, state::AppState};

const COLLECTION: &str = "entities";
const CRS84: &str = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

/// Absolute base URL as the client addressed us (links must be resolvable by any client).
fn base(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    format!("http://{host}/ogc")
}

fn link(href: String, rel: &str, kind: &str, title: &str) -> Value {
    json!({"href": href, "rel": rel, "type": kind, "title": title})
}

pub async fn landing(headers: HeaderMap) -> Json<Value> {
    let b = base(&headers);
    Json(json!({
        "title": "福建战新产业集群地图 · Fujian Cluster Atlas",
        "description": "Entities of 福建省“十四五”战略性新兴产业发展专项规划 (OGC API – Features)",
        "links": [
            link(b.clone(), "self", "application/json", "this document"),
            link(format!("{b}/conformance"), "conformance", "application/json", "conformance classes"),
            link(format!("{b}/collections"), "data", "application/json", "collections"),
        ]
    }))
}

pub async fn conformance() -> Json<Value> {
    Json(json!({"conformsTo": [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"
    ]}))
}

fn collection_doc(b: &str) -> Value {
    json!({
        "id": COLLECTION,
        "title": "规划中的集群、园区、基地、平台与项目 · Clusters, parks, bases, platforms and projects",
        "description": "One feature per entity named in the plan, with verbatim citations.",
        "extent": {"spatial": {"bbox": [[115.8, 23.5, 120.8, 28.4]], "crs": CRS84}},
        "itemType": "feature",
        "crs": [CRS84],
        "links": [
            link(format!("{b}/collections/{COLLECTION}"), "self", "application/json", "this collection"),
            link(format!("{b}/collections/{COLLECTION}/items"), "items", "application/geo+json", "the features"),
        ]
    })
}

pub async fn collections(headers: HeaderMap) -> Json<Value> {
    let b = base(&headers);
    Json(json!({
        "links": [link(format!("{b}/collections"), "self", "application/json", "collections")],
        "collections": [collection_doc(&b)]
    }))
}

pub async fn entities_collection(headers: HeaderMap) -> Json<Value> {
    Json(collection_doc(&base(&headers)))
}

/// Strips the OGC-only parameters our query parser does not know, checking them.
fn ogc_params(pairs: &mut params::Pairs) -> Result<(), ApiError> {
    let bad = |param: &str, message: &str| {
        ApiError::BadParam(app::model::QueryError {
            param: param.into(),
            message: message.into(),
        })
    };
    if params::take(pairs, "f").is_some_and(|f| !matches!(f.as_str(), "json" | "geojson")) {
        return Err(bad("f", "only f=json (GeoJSON) is offered"));
    }
    if params::take(pairs, "bbox-crs").is_some_and(|c| c != CRS84) {
        return Err(bad("bbox-crs", "only CRS84 (lon, lat) is supported"));
    }
    Ok(())
}

pub async fn items(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(mut pairs): Params,
) -> Result<Response, ApiError> {
    ogc_params(&mut pairs)?;
    let (q, key) = params::query(&pairs)?;
    let b = base(&headers);
    Ok(cached(
        &s.data.version,
        &format!("ogc/items?{key}&base={b}"),
        &headers,
        || {
            let found = s.data.index.search(&q);
            let items = format!("{b}/collections/{COLLECTION}/items");
            let page = |offset: usize| {
                let mut p = q.clone();
                p.offset = offset;
                let qs: Vec<String> = p
                    .to_pairs()
                    .into_iter()
                    .map(|(k, v)| format!("{k}={}", urlencode(&v)))
                    .collect();
                format!("{items}?{}", qs.join("&"))
            };
            let mut links = vec![link(
                page(q.offset),
                "self",
                "application/geo+json",
                "this page",
            )];
            if q.offset + found.ids.len() < found.number_matched {
                links.push(link(
                    page(q.offset + q.limit),
                    "next",
                    "application/geo+json",
                    "next page",
                ));
            }
            let links = Value::from(links);
            geojson(
                s.data
                    .features
                    .collection(&found.ids, found.number_matched, Some(&links)),
            )
        },
    ))
}

pub async fn item(
    State(s): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let e = s
        .data
        .catalogue
        .entity(&id)
        .ok_or_else(|| ApiError::NotFound(format!("no feature {id:?}")))?;
    let b = base(&headers);
    Ok(cached(
        &s.data.version,
        &format!("ogc/item/{id}&base={b}"),
        &headers,
        || {
            let mut f = feature(e);
            f["links"] = json!([
                link(
                    format!("{b}/collections/{COLLECTION}/items/{id}"),
                    "self",
                    "application/geo+json",
                    "this feature"
                ),
                link(
                    format!("{b}/collections/{COLLECTION}"),
                    "collection",
                    "application/json",
                    "the collection"
                ),
            ]);
            geojson(f.to_string())
        },
    ))
}

fn urlencode(v: &str) -> String {
    form_urlencoded::byte_serialize(v.as_bytes()).collect()
}
