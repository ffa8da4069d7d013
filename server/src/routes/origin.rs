//! The absolute origin as the client addressed us: links in OGC answers and the Atom feed
//! must resolve for any client.
use axum::http::{header, HeaderMap};

pub fn origin(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    format!("http://{host}")
}
