//! `render.{svg,png}` URL parameters: the page's own grammar ([`ViewState`]: filters, `at`,
//! `lang`, `title`, `legend`, and the page-only parameters, checked and then ignored) plus
//! `size` and `dpi`. A typo is a 400 naming the parameter, never a silently different picture.
use std::collections::BTreeSet;

use app::model::params::{parse_dpi, ImageSize, ParamError, IMAGE_PARAMS, MAX_PIXELS};
use app::model::{Lang, Query, ViewState, Viewport, MAX_LIMIT};

pub use app::model::params::CSS_DPI;

/// Everything a render URL says.
#[derive(Clone, Debug, PartialEq)]
pub struct RenderRequest {
    pub size: ImageSize,
    pub dpi: u32,
    /// `None`: a title built from the filters.
    pub title: Option<String>,
    pub legend: bool,
    pub lang: Lang,
    /// `None`: frame the province as the web map does on first load.
    pub at: Option<Viewport>,
    /// The filters, with `limit` raised as the web map does, so every match is drawn.
    pub query: Query,
}

impl RenderRequest {
    /// Parses URL pairs: `size` and `dpi` here, everything else by [`ViewState`].
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<RenderRequest, ParamError> {
        let mut seen = BTreeSet::new();
        let (mut size, mut dpi) = (None, None);
        let mut page = Vec::new();
        for (name, value) in pairs {
            if !IMAGE_PARAMS.contains(&name.as_str()) {
                page.push((name.clone(), value.clone()));
                continue;
            }
            if !seen.insert(name.as_str()) {
                return Err(ParamError::new(name, "given more than once"));
            }
            match name.as_str() {
                "size" => size = Some(ImageSize::parse(value.trim())?),
                _ => dpi = Some(parse_dpi(value.trim())?),
            }
        }
        let view = ViewState::from_pairs(&page);
        if let Some(e) = view.error {
            return Err(e);
        }
        let size = size.unwrap_or_default();
        let dpi = dpi.unwrap_or(size.default_dpi());
        let mut query = view.query;
        query.limit = MAX_LIMIT;
        let request = RenderRequest {
            size,
            dpi,
            title: view.embed.title,
            legend: view.embed.legend,
            lang: view.lang,
            at: view.viewport,
            query,
        };
        let (w, h) = request.pixel_size();
        if u64::from(w) * u64::from(h) > MAX_PIXELS {
            let msg = format!(
                "{w}×{h} pixels at {dpi} dpi is over the limit of {MAX_PIXELS} pixels; use a lower dpi"
            );
            return Err(ParamError::new("dpi", msg));
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
            // Exact, not rounded as the web map writes it: the picture uses every digit.
            pairs.push(("at".into(), format!("{},{},{}", a.lon, a.lat, a.zoom)));
        }
        app::model::params::encode_pairs(&pairs)
    }
}

#[cfg(test)]
#[path = "request_tests.rs"]
mod tests;
