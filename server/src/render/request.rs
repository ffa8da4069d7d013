//! `render.{svg,png}` URL parameters, parsed as strictly as the filters: a typo is a 400
//! naming the parameter, never a silently different picture.
use std::collections::BTreeSet;

use app::i18n::Lang;
use app::model::{Query, QueryError, MAX_LIMIT};

/// The output formats offered; pixel sizes are CSS pixels at 96 dpi.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageSize {
    Px1920x1080,
    Px1280x720,
    A4Landscape,
    A4Portrait,
}

const SIZES: [(&str, PageSize); 4] = [
    ("1920x1080", PageSize::Px1920x1080),
    ("1280x720", PageSize::Px1280x720),
    ("a4-landscape", PageSize::A4Landscape),
    ("a4-portrait", PageSize::A4Portrait),
];

const MM_PER_INCH: f64 = 25.4;
/// CSS pixels per inch: the unit the layout is drawn in.
pub const CSS_DPI: f64 = 96.0;
/// Larger rasters would take seconds and hundreds of megabytes per request.
pub const MAX_PIXELS: u64 = 40_000_000;
pub const MIN_DPI: u32 = 72;
pub const MAX_DPI: u32 = 600;
pub const MAX_TITLE_CHARS: usize = 100;
/// Accepted in a map URL but meaningless in a picture.
const UI_ONLY: [&str; 6] = ["sel", "panel", "sort", "profile", "controls", "interactive"];

impl PageSize {
    /// The name used in URLs.
    pub fn name(self) -> &'static str {
        SIZES
            .iter()
            .find(|(_, s)| *s == self)
            .map_or("1920x1080", |(n, _)| n)
    }

    fn is_paper(self) -> bool {
        matches!(self, PageSize::A4Landscape | PageSize::A4Portrait)
    }

    /// Width and height in CSS pixels (what the layout is drawn in).
    pub fn css(self) -> (f64, f64) {
        let mm = |w: f64, h: f64| (w / MM_PER_INCH * CSS_DPI, h / MM_PER_INCH * CSS_DPI);
        match self {
            PageSize::Px1920x1080 => (1920.0, 1080.0),
            PageSize::Px1280x720 => (1280.0, 720.0),
            PageSize::A4Landscape => mm(297.0, 210.0),
            PageSize::A4Portrait => mm(210.0, 297.0),
        }
    }
}

/// Map centre and zoom, as the web map writes it (`at=lon,lat,zoom`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct At {
    pub lon: f64,
    pub lat: f64,
    pub zoom: f64,
}

/// Everything a render URL says.
#[derive(Clone, Debug, PartialEq)]
pub struct RenderRequest {
    pub size: PageSize,
    pub dpi: u32,
    /// `None`: a title built from the filters.
    pub title: Option<String>,
    pub legend: bool,
    pub lang: Lang,
    /// `None`: frame the province as the web map does on first load.
    pub at: Option<At>,
    /// The filters, with `limit` raised as the web map does, so every match is drawn.
    pub query: Query,
}

fn err(param: &str, message: impl Into<String>) -> QueryError {
    QueryError {
        param: param.into(),
        message: message.into(),
    }
}

fn parse_dpi(value: &str) -> Result<u32, QueryError> {
    let (lo, hi) = (MIN_DPI, MAX_DPI);
    value
        .parse::<u32>()
        .ok()
        .filter(|d| (lo..=hi).contains(d))
        .ok_or_else(|| {
            err(
                "dpi",
                format!("expected a whole number from {lo} to {hi}, got {value:?}"),
            )
        })
}

fn parse_at(value: &str) -> Result<At, QueryError> {
    let shape = "expected lon,lat,zoom (zoom 0 to 20), e.g. 118.1,24.5,9";
    let n: Vec<f64> = value
        .split(',')
        .map(|x| x.trim().parse::<f64>().ok().filter(|x| x.is_finite()))
        .collect::<Option<_>>()
        .ok_or_else(|| err("at", format!("{value:?}: {shape}")))?;
    match n.as_slice() {
        [lon, lat, zoom]
            if (-180.0..=180.0).contains(lon)
                && (-85.0..=85.0).contains(lat)
                && (0.0..=20.0).contains(zoom) =>
        {
            Ok(At {
                lon: *lon,
                lat: *lat,
                zoom: *zoom,
            })
        }
        _ => Err(err("at", format!("{value:?}: {shape}"))),
    }
}

impl RenderRequest {
    /// Parses URL pairs: the render parameters here, the filters by [`Query::from_pairs`].
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<RenderRequest, QueryError> {
        let mut seen = BTreeSet::new();
        let mut filters = Vec::new();
        let (mut size, mut dpi, mut title, mut legend, mut lang, mut at) =
            (None, None, None, true, Lang::Zh, None);
        for (name, value) in pairs {
            let own = ["size", "dpi", "title", "legend", "lang", "at"].contains(&name.as_str());
            if own && !seen.insert(name.as_str()) {
                return Err(err(name, "given more than once"));
            }
            let v = value.trim();
            match name.as_str() {
                "size" => {
                    let known = SIZES.iter().find(|(n, _)| *n == v).map(|(_, s)| *s);
                    let names: Vec<&str> = SIZES.iter().map(|(n, _)| *n).collect();
                    let msg = format!("unknown size {v:?}; allowed: {}", names.join(", "));
                    size = Some(known.ok_or_else(|| err(name, msg))?);
                }
                "dpi" => dpi = Some(parse_dpi(v)?),
                "title" if v.chars().count() > MAX_TITLE_CHARS => {
                    return Err(err(name, format!("at most {MAX_TITLE_CHARS} characters")));
                }
                "title" => title = (!v.is_empty()).then(|| v.to_owned()),
                "legend" => {
                    legend = match v {
                        "1" => true,
                        "0" => false,
                        _ => return Err(err(name, format!("expected 0 or 1, got {v:?}"))),
                    }
                }
                "lang" => {
                    lang = Lang::from_code(v)
                        .ok_or_else(|| err(name, format!("expected zh or en, got {v:?}")))?
                }
                "at" => at = Some(parse_at(v)?),
                ui if UI_ONLY.contains(&ui) => {}
                _ => filters.push((name.clone(), value.clone())),
            }
        }
        let size = size.unwrap_or(PageSize::Px1920x1080);
        let dpi = dpi.unwrap_or(if size.is_paper() { 150 } else { 96 });
        let mut query = Query::from_pairs(&filters)?;
        query.limit = MAX_LIMIT;
        let request = RenderRequest {
            size,
            dpi,
            title,
            legend,
            lang,
            at,
            query,
        };
        let (w, h) = request.pixel_size();
        if u64::from(w) * u64::from(h) > MAX_PIXELS {
            let msg = format!(
                "{}×{} pixels at {dpi} dpi is over the limit of {MAX_PIXELS} pixels; use a lower dpi",
                w, h
            );
            return Err(err("dpi", msg));
        }
        Ok(request)
    }

    /// Layout units (CSS px) to raster pixels.
    pub fn scale(&self) -> f64 {
        f64::from(self.dpi) / CSS_DPI
    }

    /// The raster size in pixels.
    pub fn pixel_size(&self) -> (u32, u32) {
        let (w, h) = self.size.css();
        let k = self.scale();
        ((w * k).round() as u32, (h * k).round() as u32)
    }

    /// One string per distinct picture (for ETags and file names), parameters in fixed order.
    pub fn canonical(&self) -> String {
        let mut pairs = self.query.to_pairs();
        pairs.push(("size".into(), self.size.name().into()));
        pairs.push(("dpi".into(), self.dpi.to_string()));
        if let Some(t) = &self.title {
            pairs.push(("title".into(), t.clone()));
        }
        if !self.legend {
            pairs.push(("legend".into(), "0".into()));
        }
        pairs.push(("lang".into(), self.lang.code().into()));
        if let Some(a) = self.at {
            pairs.push(("at".into(), format!("{},{},{}", a.lon, a.lat, a.zoom)));
        }
        let parts: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        parts.join("&")
    }
}

#[cfg(test)]
#[path = "request_tests.rs"]
mod tests;
