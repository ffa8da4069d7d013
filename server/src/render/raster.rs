//! SVG → PNG with resvg/tiny-skia. The CJK fonts (tens of megabytes) are read once, when
//! the [`Rasteriser`] is made at start-up, and shared by every request.
use std::path::Path;
use std::sync::Arc;

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{fontdb::Database, Options, Tree};

use super::svg::FONT_FAMILY;
use super::RenderError;

/// Where Debian's `fonts-noto-cjk` puts the fonts.
pub const FONT_DIR: &str = "/usr/share/fonts/opentype/noto";
/// The sans-serif collections (regular and bold); each holds the SC face among others.
pub const FONT_FILES: [&str; 2] = ["NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"];

/// Parses and rasterises SVG with a fixed font set, so output never depends on which
/// other fonts a machine has.
pub struct Rasteriser {
    options: Options<'static>,
}

impl std::fmt::Debug for Rasteriser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rasteriser")
            .field("faces", &self.options.fontdb.len())
            .finish()
    }
}

impl Rasteriser {
    /// Loads [`FONT_FILES`] from `font_dir`; fails unless [`FONT_FAMILY`] is among them.
    pub fn new(font_dir: &Path) -> Result<Rasteriser, RenderError> {
        let mut db = Database::new();
        let mut problems = Vec::new();
        for file in FONT_FILES {
            let path = font_dir.join(file);
            match std::fs::read(&path) {
                Ok(bytes) => db.load_font_data(bytes),
                Err(e) => problems.push(format!("{}: {e}", path.display())),
            }
        }
        let found = db
            .faces()
            .any(|face| face.families.iter().any(|(name, _)| name == FONT_FAMILY));
        if !found {
            problems.push(format!("no face of family {FONT_FAMILY:?} loaded"));
            return Err(RenderError::Fonts {
                dir: font_dir.to_owned(),
                reason: problems.join("; "),
            });
        }
        // A missing bold file is survivable (bold text falls back to regular); say so once.
        for problem in problems {
            tracing::warn!(%problem, "font file not loaded");
        }
        let options = Options {
            font_family: FONT_FAMILY.to_owned(),
            languages: vec!["zh-CN".into(), "en".into()],
            fontdb: Arc::new(db),
            ..Options::default()
        };
        Ok(Rasteriser { options })
    }

    /// The PNG of `svg`, at the size its `width` and `height` give.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, RenderError> {
        self.pixmap(svg)?
            .encode_png()
            .map_err(|e| RenderError::Png(e.to_string()))
    }

    /// The pixels of `svg`, at the size its `width` and `height` give.
    pub fn pixmap(&self, svg: &str) -> Result<Pixmap, RenderError> {
        let tree =
            Tree::from_str(svg, &self.options).map_err(|e| RenderError::Svg(e.to_string()))?;
        let size = tree.size().to_int_size();
        let (width, height) = (size.width(), size.height());
        let mut pixmap = Pixmap::new(width, height).ok_or(RenderError::Pixmap { width, height })?;
        resvg::render(&tree, Transform::identity(), &mut pixmap.as_mut());
        Ok(pixmap)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fonts_name_the_debian_package() {
        let dir = tempfile::tempdir().unwrap();
        let e = Rasteriser::new(dir.path()).unwrap_err().to_string();
        assert!(
            e.contains("fonts-noto-cjk") && e.contains(FONT_FAMILY),
            "{e}"
        );
    }

    #[test]
    fn chinese_text_renders_without_tofu() {
        let fonts = Rasteriser::new(Path::new(FONT_DIR)).unwrap();
        let svg = |text: &str| {
            format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" font-family="{FONT_FAMILY}"><text x="4" y="52" font-size="48">{text}</text></svg>"#
            )
        };
        let pixels = |text: &str| {
            let png = fonts.png(&svg(text)).unwrap();
            let pixmap = Pixmap::decode_png(&png).unwrap();
            assert_eq!((pixmap.width(), pixmap.height()), (64, 64));
            pixmap.data().to_vec()
        };
        let (fu, jian, missing) = (pixels("福"), pixels("建"), pixels("\u{10FFFD}"));
        assert!(fu.iter().any(|&b| b > 0), "no ink");
        // Tofu draws the same box for every character it lacks.
        assert!(fu != missing && fu != jian);
    }
}
