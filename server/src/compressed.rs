//! A body compressed once (brotli and gzip at their best) and sent in the encoding the
//! client accepts: for what every page asks for (the base map, the first-view picture),
//! which on-the-fly compression would redo for each request at a lower quality.
use std::io::Write;

use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};

#[derive(Debug)]
pub struct Compressed {
    identity: Vec<u8>,
    gzip: Vec<u8>,
    brotli: Vec<u8>,
    content_type: &'static str,
}

impl Compressed {
    /// Compressed at the formats' best (brotli 11, gzip 9): for what is compressed once and
    /// sent to every visitor, like the base map.
    pub fn new(body: Vec<u8>, content_type: &'static str) -> Compressed {
        Compressed::at(body, content_type, 11, flate2::Compression::best())
    }

    /// Compressed at about the cost of rendering the body (brotli 7, gzip 6): for what any
    /// visitor's request may have compressed, like a kept page, so that asking for many new
    /// URLs costs the server no more than rendering them did. Brotli 11 took 65× as long on
    /// the 284 KB map page for 9% fewer bytes (BENCHMARKS.md, "First screen, fifth pass").
    pub fn quick(body: Vec<u8>, content_type: &'static str) -> Compressed {
        Compressed::at(body, content_type, 7, flate2::Compression::default())
    }

    fn at(
        body: Vec<u8>,
        content_type: &'static str,
        brotli_quality: i32,
        gzip_level: flate2::Compression,
    ) -> Compressed {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), gzip_level);
        // Writing to a Vec cannot fail; an empty copy would only mean sending identity.
        let gzip = gz
            .write_all(&body)
            .and_then(|()| gz.finish())
            .unwrap_or_default();
        let mut brotli = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: brotli_quality,
            ..Default::default()
        };
        if brotli::BrotliCompress(&mut body.as_slice(), &mut brotli, &params).is_err() {
            brotli.clear();
        }
        Compressed {
            identity: body,
            gzip,
            brotli,
            content_type,
        }
    }

    /// A body compressed already (a PNG): sent as it is, whatever the client accepts.
    pub fn stored(body: Vec<u8>, content_type: &'static str) -> Compressed {
        Compressed {
            identity: body,
            gzip: Vec::new(),
            brotli: Vec::new(),
            content_type,
        }
    }

    /// Sizes as `(identity, gzip, brotli)` bytes.
    pub fn sizes(&self) -> (usize, usize, usize) {
        (self.identity.len(), self.gzip.len(), self.brotli.len())
    }

    /// The body in the best encoding `request` accepts (brotli, gzip, else none).
    pub fn respond(&self, request: &HeaderMap) -> Response {
        let accepts = |coding: &str| {
            request
                .get_all(header::ACCEPT_ENCODING)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .any(|c| {
                    let mut parts = c.split(';');
                    let name = parts.next().unwrap_or_default().trim();
                    let refused =
                        parts.any(|p| matches!(p.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"));
                    name == coding && !refused
                })
        };
        let (body, encoding) = if accepts("br") && !self.brotli.is_empty() {
            (self.brotli.clone(), Some("br"))
        } else if accepts("gzip") && !self.gzip.is_empty() {
            (self.gzip.clone(), Some("gzip"))
        } else {
            (self.identity.clone(), None)
        };
        let mut response = body.into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(self.content_type),
        );
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if let Some(e) = encoding {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(e));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn each_encoding_decodes_to_the_body() {
        let body = "福建 ".repeat(2000).into_bytes();
        let quick = Compressed::quick(body.clone(), "text/plain");
        let c = Compressed::new(body.clone(), "text/plain");
        let (raw, gz, br) = c.sizes();
        let (_, quick_gz, quick_br) = quick.sizes();
        assert!(quick_gz < raw / 10 && quick_br < raw / 10 && br <= quick_br);
        assert!(gz < raw / 10 && br < raw / 10, "{raw} {gz} {br}");
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(c.gzip.as_slice())
            .read_to_end(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, body);
        let mut unbrotli = Vec::new();
        brotli::BrotliDecompress(&mut c.brotli.as_slice(), &mut unbrotli).unwrap();
        assert_eq!(unbrotli, body);
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_ENCODING,
            "gzip, deflate, br;q=0".parse().unwrap(),
        );
        assert_eq!(c.respond(&h).headers()[header::CONTENT_ENCODING], "gzip");
        h.insert(header::ACCEPT_ENCODING, "gzip, br".parse().unwrap());
        assert_eq!(c.respond(&h).headers()[header::CONTENT_ENCODING], "br");
        assert!(c
            .respond(&HeaderMap::new())
            .headers()
            .get(header::CONTENT_ENCODING)
            .is_none());
    }
}
