//! Query strings: decoding into pairs and writing pairs back, as browsers do.
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Left as they are in a written URL: the unreserved characters, and commas, so lists and
/// coordinates stay readable (`at=118.1,24.5,9`).
const KEEP: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b',');

/// A URL query (without `?`) as decoded pairs, in order.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

/// Pairs as a query string (without `?`); [`query_pairs`] reads it back.
///
/// ```
/// use app::model::params::{encode_pairs, query_pairs};
/// let pairs = vec![("at".to_string(), "118.1,24.5,9".to_string()), ("q".into(), "厦门 火炬".into())];
/// let qs = encode_pairs(&pairs);
/// assert_eq!(qs, "at=118.1,24.5,9&q=%E5%8E%A6%E9%97%A8%20%E7%81%AB%E7%82%AC");
/// assert_eq!(query_pairs(&qs), pairs);
/// ```
pub fn encode_pairs(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.extend(utf8_percent_encode(k, KEEP));
        out.push('=');
        out.extend(utf8_percent_encode(v, KEEP));
    }
    out
}
