//! Turning a URL query string into the model's types, strictly (the grammar itself is
//! `app::model::params`).
use app::model::params::{query_pairs, ParamError};
use app::model::Query;
use axum::{extract::FromRequestParts, http::request::Parts};

/// Raw `key=value` pairs, percent-decoded, in URL order.
pub type Pairs = Vec<(String, String)>;

/// Extracts the query string as [`Pairs`]; never rejects (bad values are the parser's to name).
pub struct Params(pub Pairs);

impl<S: Send + Sync> FromRequestParts<S> for Params {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Params(query_pairs(parts.uri.query().unwrap_or(""))))
    }
}

/// Removes `name` from `pairs`, returning its value; given twice, it is an error.
pub fn take(pairs: &mut Pairs, name: &str) -> Result<Option<String>, ParamError> {
    let mut found = Vec::new();
    pairs.retain(|(k, v)| {
        let hit = k == name;
        if hit {
            found.push(v.clone());
        }
        !hit
    });
    match found.len() {
        0 | 1 => Ok(found.pop()),
        _ => Err(ParamError::new(name, "given more than once")),
    }
}

/// The query with the canonical string that identifies it (for ETags).
pub fn query(pairs: &Pairs) -> Result<(Query, String), ParamError> {
    let q = Query::from_pairs(pairs)?;
    let canonical = q.canonical();
    Ok((q, canonical))
}
