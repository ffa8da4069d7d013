//! The server functions' answer codec: JSON like server_fn's own, but decoded from text.
//!
//! Hydration decodes the same types from the page's text (`serde_json::from_str`), and
//! server_fn's `Json` decodes answers from bytes (`from_slice`): two readers, so every
//! answer type's deserializer was compiled into the wasm twice. Decoding both from text
//! keeps one copy (−48 KB of wasm, measured in BENCHMARKS.md).
use leptos::server_fn::codec::Post;
use leptos::server_fn::{Bytes, ContentType, Decodes, Encodes, Format, FormatType};
use serde::{de::DeserializeOwned, Serialize};

/// Use as `#[server(output = JsonText, …)]`.
pub type JsonText = Post<JsonTextEncoding>;

pub struct JsonTextEncoding;

impl ContentType for JsonTextEncoding {
    const CONTENT_TYPE: &'static str = "application/json";
}

impl FormatType for JsonTextEncoding {
    const FORMAT_TYPE: Format = Format::Text;
}

impl<T: Serialize> Encodes<T> for JsonTextEncoding {
    type Error = serde_json::Error;

    fn encode(output: &T) -> Result<Bytes, Self::Error> {
        serde_json::to_vec(output).map(Bytes::from)
    }
}

impl<T: DeserializeOwned> Decodes<T> for JsonTextEncoding {
    type Error = serde_json::Error;

    fn decode(bytes: Bytes) -> Result<T, Self::Error> {
        // The server writes UTF-8; a stray invalid byte becomes U+FFFD and, if it breaks
        // the JSON, a decoding error, never a panic.
        serde_json::from_str(&String::from_utf8_lossy(&bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip_and_bad_bytes_are_errors() {
        let bytes = <JsonTextEncoding as Encodes<Vec<&str>>>::encode(&vec!["厦门市"]).unwrap();
        let back: Vec<String> = JsonTextEncoding::decode(bytes).unwrap();
        assert_eq!(back, ["厦门市"]);
        let bad =
            <JsonTextEncoding as Decodes<Vec<String>>>::decode(Bytes::from_static(b"[\"\xff"));
        assert!(bad.is_err());
    }
}
