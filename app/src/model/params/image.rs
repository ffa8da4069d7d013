//! `size=` and `dpi=` of an image export (`/api/v1/render.{png,svg}`).
use super::{parse_int_in, ParamError};

/// The picture shapes offered; pixel sizes are CSS pixels at 96 dpi.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ImageSize {
    #[default]
    Slide1920,
    Slide1280,
    A4Landscape,
    A4Portrait,
}

pub const MIN_DPI: u32 = 72;
pub const MAX_DPI: u32 = 600;
/// Larger rasters would take seconds and hundreds of megabytes per request.
pub const MAX_PIXELS: u64 = 40_000_000;
const MM_PER_INCH: f64 = 25.4;
/// CSS pixels per inch: the unit pictures are laid out in.
pub const CSS_DPI: f64 = 96.0;

impl ImageSize {
    /// In the order the share dialog offers them.
    pub const ALL: [ImageSize; 4] = [
        ImageSize::Slide1920,
        ImageSize::Slide1280,
        ImageSize::A4Landscape,
        ImageSize::A4Portrait,
    ];

    /// The name in URLs.
    pub fn name(self) -> &'static str {
        match self {
            ImageSize::Slide1920 => "1920x1080",
            ImageSize::Slide1280 => "1280x720",
            ImageSize::A4Landscape => "a4-landscape",
            ImageSize::A4Portrait => "a4-portrait",
        }
    }

    pub fn parse(value: &str) -> Result<ImageSize, ParamError> {
        ImageSize::ALL
            .into_iter()
            .find(|s| s.name() == value)
            .ok_or_else(|| {
                let names: Vec<&str> = ImageSize::ALL.map(ImageSize::name).to_vec();
                let msg = format!("unknown size {value:?}; allowed: {}", names.join(", "));
                ParamError::new("size", msg)
            })
    }

    /// Paper is printed: it gets a higher default resolution.
    pub fn is_paper(self) -> bool {
        matches!(self, ImageSize::A4Landscape | ImageSize::A4Portrait)
    }

    /// The resolution without `dpi=`.
    pub fn default_dpi(self) -> u32 {
        if self.is_paper() {
            150
        } else {
            96
        }
    }

    /// Width and height in CSS pixels (what the layout is drawn in).
    pub fn css(self) -> (f64, f64) {
        let mm = |w: f64, h: f64| (w / MM_PER_INCH * CSS_DPI, h / MM_PER_INCH * CSS_DPI);
        match self {
            ImageSize::Slide1920 => (1920.0, 1080.0),
            ImageSize::Slide1280 => (1280.0, 720.0),
            ImageSize::A4Landscape => mm(297.0, 210.0),
            ImageSize::A4Portrait => mm(210.0, 297.0),
        }
    }
}

/// `dpi=`: from [`MIN_DPI`] to [`MAX_DPI`].
pub fn parse_dpi(value: &str) -> Result<u32, ParamError> {
    parse_int_in("dpi", value, MIN_DPI..=MAX_DPI)
}
