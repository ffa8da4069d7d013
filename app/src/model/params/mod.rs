//! The URL grammar: one type and one parser per parameter, used by the browser, the REST
//! and OGC APIs, exports, images and server functions alike, so a link means the same
//! thing wherever it is read. Each parser names the parameter when it refuses a value.
mod city;
mod decimal;
mod flag;
mod image;
mod numbers;
mod source;
mod text;
mod url;
mod viewport;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use city::{parse_city, short_city_name};
pub use decimal::parse_decimal;
pub use flag::parse_flag;
pub use image::{parse_dpi, ImageSize, CSS_DPI, MAX_DPI, MAX_PIXELS, MIN_DPI};
pub use numbers::{check_lon_lat, numbers, parse_int_in, parse_usize};
pub use source::{parse_sources, source_name, MAX_SOURCE_CHARS, PLAN_SOURCE};
pub use text::{parse_title, MAX_TITLE_CHARS};
pub use url::{encode_pairs, query_pairs};
pub use viewport::{Viewport, MAX_LAT, MAX_ZOOM};

/// A rejected URL parameter, with a message meant for the person who wrote the URL.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParamError {
    pub param: String,
    pub message: String,
}

impl ParamError {
    pub fn new(param: &str, message: impl Into<String>) -> ParamError {
        ParamError {
            param: param.to_owned(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.param, self.message)
    }
}

impl std::error::Error for ParamError {}

/// The plan as a page of its own (the reader, full width).
pub const PLAN_PATH: &str = "/plan";
/// The full map.
pub const ATLAS_PATH: &str = "/";
/// The embeddable map: no header or panels; the only page other sites may frame.
pub const EMBED_PATH: &str = "/embed";
/// The pages the server renders; every other path is answered with the 404 page.
pub const PAGES: [&str; 3] = [ATLAS_PATH, EMBED_PATH, PLAN_PATH];

/// Parameters of the map pages that say how the view looks, not what it shows (the
/// filters are [`crate::model::Query::PARAMS`]).
pub const VIEW_PARAMS: [&str; 7] = ["sel", "at", "panel", "lang", "profile", "sort", "read"];
/// How `/embed` draws the view ([`crate::model::EmbedOptions`]).
pub const EMBED_PARAMS: [&str; 4] = ["title", "legend", "controls", "interactive"];
/// What only an image export reads, beside the page's parameters.
pub const IMAGE_PARAMS: [&str; 2] = ["size", "dpi"];
