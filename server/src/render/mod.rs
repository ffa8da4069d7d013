//! Image export of a map view, without a browser: [`render_svg`] writes the picture as SVG
//! (base map, filtered entities as the web map draws them, legend, title, scale bar,
//! attribution, source and date); [`Rasteriser`] turns that SVG into a PNG with resvg.
//! The same request and date always give the same bytes.
mod frame;
mod layers;
mod legend;
mod move_map;
mod palette_png;
mod preview;
mod preview_cache;
mod projection;
mod raster;
mod request;
mod svg;
mod symbols;
mod titles;

use std::path::PathBuf;

use thiserror::Error;

pub use frame::{source_line, BASEMAP_ATTRIBUTION};
pub use layers::CLUSTER_BELOW_ZOOM;
pub use move_map::{move_map, MOVE_MAP_SIZE};
pub use preview::{preview_projection, preview_svg, PreviewRequest};
pub use preview_cache::PreviewCache;
pub use projection::{Projection, FUJIAN_FRAME};
pub use raster::{Rasteriser, FONT_DIR};
pub use request::RenderRequest;
pub use svg::FONT_FAMILY;

use app::model::params::ParamError;
use app::model::SEA_COLOR;

use crate::data::Data;
use svg::{num, SvgWriter};

/// Why a picture could not be made (bad parameters are `ParamError`s, found earlier).
#[derive(Debug, Error)]
pub enum RenderError {
    /// At start-up: the CJK font is missing, so Chinese text would not render.
    #[error(
        "no {FONT_FAMILY} font in {}: {reason}; install the Debian package fonts-noto-cjk",
        dir.display()
    )]
    Fonts { dir: PathBuf, reason: String },
    /// A bug in the SVG writer.
    #[error("the generated SVG does not parse: {0}")]
    Svg(String),
    /// Out of memory, or a zero size.
    #[error("cannot allocate a {width}×{height} image")]
    Pixmap { width: u32, height: u32 },
    /// The PNG encoder failed.
    #[error("PNG encoding failed: {0}")]
    Png(String),
    /// A parameter found wrong only while drawing (an unknown `section=`).
    #[error(transparent)]
    Param(#[from] ParamError),
}

/// The projection of the map area for `req`: its `at`, else the web map's first framing.
pub fn projection(req: &RenderRequest) -> Projection {
    let (width, height) = map_area(req);
    match req.at {
        Some(at) => Projection::new(at.lon, at.lat, at.zoom, width, height),
        None => Projection::fit(FUJIAN_FRAME, width, height),
    }
}

/// The map's width and height in CSS px: the page between the title band and the footer.
fn map_area(req: &RenderRequest) -> (f64, f64) {
    let (width, height) = req.size.css();
    (width, height - frame::TITLE_H - frame::FOOTER_H)
}

/// The picture `req` asks for, as an SVG document; `date` (e.g. `2025-01-31`) is printed
/// in the footer. Fails only for a `section=` the plan does not have.
pub fn render_svg(data: &Data, req: &RenderRequest, date: &str) -> Result<String, ParamError> {
    let (width, height) = req.size.css();
    let (map_w, map_h) = map_area(req);
    let proj = projection(req);
    let mut w = SvgWriter::new(req.pixel_size(), (width, height));
    let (mw, mh) = (num(map_w), num(map_h));
    w.open("defs", &[]);
    w.open("clipPath", &[("id", "map-area")]);
    w.empty("rect", &[("width", &mw), ("height", &mh)]);
    w.close("clipPath");
    w.close("defs");
    let translate = format!("translate(0 {})", num(frame::TITLE_H));
    w.open("g", &[("class", "map"), ("transform", &translate)]);
    w.open("g", &[("clip-path", "url(#map-area)")]);
    w.empty(
        "rect",
        &[("width", &mw), ("height", &mh), ("fill", SEA_COLOR)],
    );
    layers::basemap(&mut w, &data.basemap, &proj, req.lang);
    let (drawn, matched) = layers::entities(&mut w, data, &req.query, &proj, req.lang)?;
    w.close("g");
    frame::scale_bar(&mut w, &proj, map_h);
    if req.legend {
        legend::legend(
            &mut w,
            &drawn,
            &data.catalogue.sectors,
            req.lang,
            (map_w, map_h),
        );
    }
    w.close("g");
    let title = req
        .title
        .clone()
        .unwrap_or_else(|| titles::default_title(req.lang, &req.query));
    let subtitle = titles::subtitle(req.lang, &req.query, matched);
    frame::title_band(&mut w, width, &title, &subtitle);
    frame::footer(&mut w, width, height, date);
    Ok(w.finish())
}

#[cfg(test)]
mod tests;
