//! The fixed documents of the OGC API: landing page, conformance, collection, queryables
//! (Part 3's JSON Schema) and the OpenAPI 3.0 definition that `service-desc` points to.
use app::model::{
    wire_name, Query, Sector, ALL_KINDS, ALL_TIERS, CHAINS, CITIES, MAX_LIMIT, MAX_Q_CHARS,
};
use serde_json::{json, Value};

pub const COLLECTION: &str = "entities";
pub const CRS84: &str = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
/// The media type OGC API clients look for on the `service-desc` link.
pub const OPENAPI_JSON: &str = "application/vnd.oai.openapi+json;version=3.0";
const QUERYABLES_REL: &str = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

pub fn link(href: String, rel: &str, kind: &str, title: &str) -> Value {
    json!({"href": href, "rel": rel, "type": kind, "title": title})
}

pub fn landing(b: &str) -> Value {
    json!({
        "title": "福建战新产业集群地图 · Fujian Cluster Atlas",
        "description": "Entities of 福建省“十四五”战略性新兴产业发展专项规划 (OGC API – Features)",
        "links": [
            link(format!("{b}/"), "self", "application/json", "this document"),
            link(format!("{b}/api"), "service-desc", OPENAPI_JSON, "the API definition"),
            link(format!("{b}/conformance"), "conformance", "application/json", "conformance classes"),
            link(format!("{b}/collections"), "data", "application/json", "collections"),
        ]
    })
}

pub fn conformance() -> Value {
    json!({"conformsTo": [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables"
    ]})
}

pub fn collection(b: &str) -> Value {
    let c = format!("{b}/collections/{COLLECTION}");
    json!({
        "id": COLLECTION,
        "title": "规划中的集群、园区、基地、平台与项目 · Clusters, parks, bases, platforms and projects",
        "description": "One feature per entity named in the plan, with verbatim citations.",
        "extent": {"spatial": {"bbox": [[115.8, 23.5, 120.8, 28.4]], "crs": CRS84}},
        "itemType": "feature",
        "crs": [CRS84],
        "links": [
            link(c.clone(), "self", "application/json", "this collection"),
            link(format!("{c}/items"), "items", "application/geo+json", "the features"),
            link(format!("{c}/queryables"), QUERYABLES_REL, "application/schema+json", "what the items can be filtered by"),
        ]
    })
}

fn names<T: std::fmt::Debug>(all: &[T]) -> Vec<String> {
    all.iter().map(wire_name).collect()
}

/// The filters `items` accepts beside `bbox`, as JSON Schema properties.
fn filter_schemas() -> Value {
    json!({
        "sector": {"type": "string", "enum": names(&Sector::ALL), "description": "field (repeatable, or comma-separated)"},
        "tier": {"type": "string", "enum": names(&ALL_TIERS)},
        "kind": {"type": "string", "enum": names(&ALL_KINDS)},
        "city": {"type": "string", "enum": CITIES, "description": "prefecture-level city or 平潭综合实验区 (short names such as 厦门 also accepted)"},
        "q": {"type": "string", "maxLength": MAX_Q_CHARS, "description": "Chinese, pinyin (full or initials) or English"},
        "chain": {"type": "string", "enum": CHAINS.iter().map(|c| c.id).collect::<Vec<_>>(), "description": "sub-industry (产业链) of 第三章 (repeatable, or comma-separated; /api/v1/chains)"},
        "section": {"type": "string", "description": "a section of the plan (box9, ch3-s4-i3; /api/v1/plan/sections): the entities it mentions or cites"},
        "source": {"type": "string", "description": "a cited document: plan (the plan itself) or a document's title as its citations give it (repeatable, or comma-separated; the titles are /api/v1/facets' sources)"},
        "industry": {"type": "string", "maxLength": MAX_Q_CHARS, "description": "free text (锂电池隔膜): entities ranked by the plan's passages that cite them, each with its evidence"},
    })
}

pub fn queryables(b: &str) -> Value {
    let mut properties = filter_schemas();
    properties["geometry"] = json!({"$ref": "https://geojson.org/schema/Geometry.json"});
    json!({
        "$schema": "https://json-schema.org/draft/2019-09/schema",
        "$id": format!("{b}/collections/{COLLECTION}/queryables"),
        "type": "object",
        "title": "entities",
        "properties": properties,
        "additionalProperties": false
    })
}

fn ok(description: &str, media: &str) -> Value {
    json!({"200": {"description": description, "content": {media: {"schema": {"type": "object"}}}},
           "400": {"description": "a bad parameter, named in error.param"}})
}

pub fn openapi(b: &str) -> Value {
    let mut parameters = json!({
        "bbox": {"name": "bbox", "in": "query", "style": "form", "explode": false,
                 "schema": {"type": "array", "minItems": 4, "maxItems": 4, "items": {"type": "number"}}},
        "limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": MAX_LIMIT, "default": Query::default().limit}},
        "offset": {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}},
        "featureId": {"name": "featureId", "in": "path", "required": true, "schema": {"type": "string"}},
    });
    let filters = filter_schemas();
    let mut items_params = vec![
        json!({"$ref": "#/components/parameters/bbox"}),
        json!({"$ref": "#/components/parameters/limit"}),
        json!({"$ref": "#/components/parameters/offset"}),
    ];
    if let Some(props) = filters.as_object() {
        for (name, schema) in props {
            parameters[name] = json!({"name": name, "in": "query", "schema": schema});
            items_params.push(json!({"$ref": format!("#/components/parameters/{name}")}));
        }
    }
    let c = format!("/collections/{COLLECTION}");
    json!({
        "openapi": "3.0.3",
        "info": {"title": "Fujian Cluster Atlas OGC API – Features", "version": "1.0.0"},
        "servers": [{"url": b}],
        "paths": {
            "/": {"get": {"summary": "landing page", "responses": ok("links", "application/json")}},
            "/api": {"get": {"summary": "this document", "responses": ok("OpenAPI 3.0", OPENAPI_JSON)}},
            "/conformance": {"get": {"summary": "conformance classes", "responses": ok("conformsTo", "application/json")}},
            "/collections": {"get": {"summary": "collections", "responses": ok("collections", "application/json")}},
            c.clone(): {"get": {"summary": "the entities collection", "responses": ok("collection", "application/json")}},
            format!("{c}/queryables"): {"get": {"summary": "queryables", "responses": ok("JSON Schema", "application/schema+json")}},
            format!("{c}/items"): {"get": {"summary": "entities", "parameters": items_params, "responses": ok("FeatureCollection", "application/geo+json")}},
            format!("{c}/items/{{featureId}}"): {"get": {"summary": "one entity", "parameters": [{"$ref": "#/components/parameters/featureId"}],
                "responses": ok("Feature", "application/geo+json")}},
        },
        "components": {"parameters": parameters}
    })
}
