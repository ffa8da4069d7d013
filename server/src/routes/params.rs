//! Turning a URL query string into the one `Query` type, strictly.
use app::model::{Query, QueryError};
use axum::{extract::FromRequestParts, http::request::Parts};

/// Raw `key=value` pairs, percent-decoded, in URL order.
pub type Pairs = Vec<(String, String)>;

/// Extracts the query string as [`Pairs`]; never rejects (bad values are the parser's to name).
pub struct Params(pub Pairs);

impl<S: Send + Sync> FromRequestParts<S> for Params {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let raw = parts.uri.query().unwrap_or("");
        Ok(Params(
            form_urlencoded::parse(raw.as_bytes())
                .into_owned()
                .collect(),
        ))
    }
}

/// Removes every `name` parameter from `pairs`, returning the last value given.
pub fn take(pairs: &mut Pairs, name: &str) -> Option<String> {
    let mut found = None;
    pairs.retain(|(k, v)| {
        let hit = k == name;
        if hit {
            found = Some(v.clone());
        }
        !hit
    });
    found
}

/// An integer parameter within `range`, or a 400 naming it.
pub fn int_in(
    name: &str,
    value: &str,
    range: std::ops::RangeInclusive<u32>,
) -> Result<u32, QueryError> {
    value
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or_else(|| QueryError {
            param: name.into(),
            message: format!(
                "expected a whole number from {} to {}, got {value:?}",
                range.start(),
                range.end()
            ),
        })
}

/// The query with the canonical string that identifies it (for ETags).
pub fn query(pairs: &Pairs) -> Result<(Query, String), QueryError> {
    let q = Query::from_pairs(pairs)?;
    let canonical = q
        .to_pairs()
        .into_iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    Ok((q, canonical))
}
