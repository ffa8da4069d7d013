//! The first view as a picture: the map alone (sea, base map, the markers or cluster donuts
//! of the filters), which the page shows in the map's place until Leaflet has drawn the
//! same view. Without `at`, exactly Fujian's frame at a typical map's fitted zoom (the
//! page scales it to fit, as Leaflet fits the frame); with `at`, a large canvas centred at
//! that zoom (the page shows it unscaled, so every symbol is where Leaflet will draw it).
use app::model::params::{parse_dpi, ParamError, CSS_DPI, MAX_PIXELS};
use app::model::{
    preview_href, PreviewFormat, ViewState, FIRST_VIEW_MAP_SIZE, FUJIAN_FRAME, MAX_LIMIT, SEA_COLOR,
};

use super::layers;
use super::projection::Projection;
use super::svg::{num, SvgWriter};
use crate::data::Data;

/// The canvas of a view with `at`: larger than most maps, so the page's crop shows no edge.
pub const PREVIEW_CANVAS: (f64, f64) = (1600.0, 1000.0);

/// Where the preview's view lies.
pub fn preview_projection(view: &ViewState) -> Projection {
    match view.viewport {
        Some(v) => Projection::new(v.lon, v.lat, v.zoom, PREVIEW_CANVAS.0, PREVIEW_CANVAS.1),
        None => {
            let (w, h) = FIRST_VIEW_MAP_SIZE;
            Projection::frame(FUJIAN_FRAME, Projection::fit(FUJIAN_FRAME, w, h).zoom())
        }
    }
}

/// What a preview URL says: the page's own parameters, and `dpi` (as for `render.png`).
#[derive(Clone, Debug)]
pub struct PreviewRequest {
    pub view: ViewState,
    pub dpi: u32,
}

impl PreviewRequest {
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<PreviewRequest, ParamError> {
        let (dpi, page): (Vec<_>, Vec<_>) = pairs.iter().cloned().partition(|(k, _)| k == "dpi");
        let view = ViewState::from_pairs(&page);
        if let Some(e) = view.error {
            return Err(e);
        }
        let mut request = PreviewRequest {
            view,
            dpi: CSS_DPI as u32,
        };
        match dpi.as_slice() {
            [] => {}
            [(_, value)] => request.dpi = parse_dpi(value.trim())?,
            _ => return Err(ParamError::new("dpi", "given more than once")),
        }
        let (w, h) = request.pixel_size();
        if u64::from(w) * u64::from(h) > MAX_PIXELS {
            let msg = format!("{w}×{h} pixels is over the limit of {MAX_PIXELS}; use a lower dpi");
            return Err(ParamError::new("dpi", msg));
        }
        Ok(request)
    }

    /// The picture's own URL in `format`: what names it in the cache and its ETag.
    pub fn href(&self, format: PreviewFormat) -> String {
        preview_href(&self.view, format, Some(self.dpi))
    }

    /// The picture's size in pixels.
    pub fn pixel_size(&self) -> (u32, u32) {
        let (w, h) = preview_projection(&self.view).size();
        let k = f64::from(self.dpi) / CSS_DPI;
        ((w * k).round() as u32, (h * k).round() as u32)
    }
}

pub fn preview_svg(data: &Data, request: &PreviewRequest) -> Result<String, ParamError> {
    let view = &request.view;
    let proj = preview_projection(view);
    let (w, h) = proj.size();
    let mut svg = SvgWriter::new(request.pixel_size(), (w, h));
    let (ws, hs) = (num(w), num(h));
    svg.empty(
        "rect",
        &[("width", &ws), ("height", &hs), ("fill", SEA_COLOR)],
    );
    layers::basemap(&mut svg, &data.basemap, &proj, view.lang);
    let mut query = view.query.clone();
    query.limit = MAX_LIMIT;
    layers::entities(&mut svg, data, &query, &proj, view.lang)?;
    Ok(svg.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::model::params::query_pairs;

    #[test]
    fn the_first_view_is_exactly_the_frame_and_a_view_with_at_is_the_canvas() {
        let frame = preview_projection(&ViewState::default());
        let (w, h) = frame.size();
        let [west, south, east, north] = frame.bbox();
        assert!((west - FUJIAN_FRAME[0]).abs() < 1e-6 && (east - FUJIAN_FRAME[2]).abs() < 1e-6);
        assert!((south - FUJIAN_FRAME[1]).abs() < 1e-6 && (north - FUJIAN_FRAME[3]).abs() < 1e-6);
        assert!(w > 500.0 && h > 500.0, "{w}×{h}");
        let at = ViewState::from_pairs(&query_pairs("at=118.1,24.5,10"));
        assert_eq!(preview_projection(&at).size(), PREVIEW_CANVAS);
        assert_eq!(preview_projection(&at).zoom(), 10.0);
    }

    #[test]
    fn dpi_scales_the_pixels_and_is_checked_like_the_image_exports() {
        let request = |q: &str| PreviewRequest::from_pairs(&query_pairs(q));
        let one = request("sector=marine").unwrap();
        let two = request("sector=marine&dpi=192").unwrap();
        let ((w, h), (w2, h2)) = (one.pixel_size(), two.pixel_size());
        // Each is rounded from the frame's fractional size.
        assert!(
            w2.abs_diff(2 * w) <= 1 && h2.abs_diff(2 * h) <= 1,
            "{w}×{h}, {w2}×{h2}"
        );
        assert_eq!(request("dpi=7").unwrap_err().param, "dpi");
        assert_eq!(request("dpi=96&dpi=192").unwrap_err().param, "dpi");
        assert_eq!(
            request("at=118.1,24.5,10&dpi=600").unwrap_err().param,
            "dpi"
        );
        assert_eq!(request("dpi=96&sectr=marine").unwrap_err().param, "sectr");
    }
}
