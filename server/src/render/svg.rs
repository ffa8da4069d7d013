//! A minimal SVG writer: every attribute value and text node goes through [`escape_markup`], and
//! numbers are written with one decimal, so the same picture is always the same bytes.
use std::fmt::Write;

use geo::{coord, BoundingRect, LineString, Simplify};

use app::model::{
    escape_markup, BADGE_BORDER, BADGE_FONT_SIZE, BADGE_RADIUS, BADGE_SIZE, BADGE_TEXT,
};

/// The font every text uses; the rasteriser loads exactly this family.
pub const FONT_FAMILY: &str = "Noto Sans CJK SC";

/// `x` with one decimal ("12.3", "-0.5", "7"); negative zero is written as "0".
pub fn num(x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    let (int, frac) = (tenths / 10, (tenths % 10).abs());
    let sign = if tenths < 0 && int == 0 { "-" } else { "" };
    if frac == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// An SVG document being written, element by element.
pub struct SvgWriter {
    buf: String,
}

impl SvgWriter {
    /// A document of `pixels` size whose drawing units are `view` (CSS px) wide and high.
    pub fn new(pixels: (u32, u32), view: (f64, f64)) -> SvgWriter {
        let mut w = SvgWriter {
            buf: String::with_capacity(256 * 1024),
        };
        w.buf
            .push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.root(pixels, view);
        w
    }

    /// The same, to be written inside an HTML page: no XML declaration.
    pub fn inline(pixels: (u32, u32), view: (f64, f64)) -> SvgWriter {
        let mut w = SvgWriter { buf: String::new() };
        w.root(pixels, view);
        w
    }

    fn root(&mut self, pixels: (u32, u32), view: (f64, f64)) {
        let view_box = format!("0 0 {} {}", num(view.0), num(view.1));
        self.open(
            "svg",
            &[
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("width", &pixels.0.to_string()),
                ("height", &pixels.1.to_string()),
                ("viewBox", &view_box),
                ("font-family", FONT_FAMILY),
            ],
        );
    }

    fn tag(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.buf.push('<');
        self.buf.push_str(name);
        for (k, v) in attrs {
            let _ = write!(self.buf, " {k}=\"{}\"", escape_markup(v));
        }
    }

    /// `<name attrs…>`; close it with [`SvgWriter::close`].
    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.tag(name, attrs);
        self.buf.push_str(">\n");
    }

    pub fn close(&mut self, name: &str) {
        let _ = writeln!(self.buf, "</{name}>");
    }

    /// `<name attrs…/>`.
    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.tag(name, attrs);
        self.buf.push_str("/>\n");
    }

    /// `<text attrs…>content</text>`.
    pub fn text(&mut self, attrs: &[(&str, &str)], content: &str) {
        self.tag("text", attrs);
        let _ = writeln!(self.buf, ">{}</text>", escape_markup(content));
    }

    /// A circle at `(x, y)` with radius `r` and extra attributes.
    pub fn circle(&mut self, (x, y): (f64, f64), r: f64, attrs: &[(&str, &str)]) {
        let (x, y, r) = (num(x), num(y), num(r));
        let mut all = vec![("cx", x.as_str()), ("cy", y.as_str()), ("r", r.as_str())];
        all.extend_from_slice(attrs);
        self.empty("circle", &all);
    }

    /// A kind badge (as the web map's `.kind-badge`): a 14 px rounded square centred at
    /// `(x, y)` holding one character.
    pub fn badge(&mut self, (x, y): (f64, f64), class: &str, glyph: &str) {
        self.open("g", &[("class", class)]);
        let half = BADGE_SIZE / 2.0;
        let (left, top, size, rx) = (
            num(x - half),
            num(y - half),
            num(BADGE_SIZE),
            num(BADGE_RADIUS),
        );
        let square = [
            ("x", left.as_str()),
            ("y", &top),
            ("width", &size),
            ("height", &size),
            ("rx", &rx),
            ("fill", "#ffffff"),
            ("stroke", BADGE_BORDER),
        ];
        self.empty("rect", &square);
        let (cx, base, font) = (
            num(x),
            num(y + BADGE_FONT_SIZE * 0.35),
            num(BADGE_FONT_SIZE),
        );
        let text = [
            ("x", cx.as_str()),
            ("y", &base),
            ("font-size", &font),
            ("font-weight", "600"),
            ("text-anchor", "middle"),
            ("fill", BADGE_TEXT),
        ];
        self.text(&text, glyph);
        self.close("g");
    }

    /// The finished document.
    pub fn finish(mut self) -> String {
        self.close("svg");
        self.buf
    }
}

/// Detail finer than this many CSS pixels is not drawn: a ring smaller than it is dropped
/// and every ring is simplified to within it (a province outline at low zoom has thousands
/// of points a picture cannot show; the first view's picture was 186 KB before this).
pub const PX_TOLERANCE: f64 = 0.25;

/// Path data for closed rings of CSS-pixel points, simplified (Ramer–Douglas–Peucker, to
/// [`PX_TOLERANCE`]); points that round to the previous one are dropped.
pub fn ring_path<I>(rings: I) -> String
where
    I: IntoIterator,
    I::Item: IntoIterator<Item = (f64, f64)>,
{
    let mut d = String::new();
    for ring in rings {
        let line: LineString = ring
            .into_iter()
            .map(|(x, y)| coord! { x: x, y: y })
            .collect();
        let Some(extent) = line.bounding_rect() else {
            continue;
        };
        if extent.width() < PX_TOLERANCE && extent.height() < PX_TOLERANCE {
            continue;
        }
        let mut last = None;
        for c in line.simplify(PX_TOLERANCE).0 {
            let (x, y) = (c.x, c.y);
            let key = ((x * 10.0).round() as i64, (y * 10.0).round() as i64);
            if last == Some(key) {
                continue;
            }
            let cmd = if last.is_none() { 'M' } else { 'L' };
            let _ = write!(d, "{cmd}{} {}", num(x), num(y));
            last = Some(key);
        }
        if last.is_some() {
            d.push('Z');
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_one_fixed_decimal() {
        assert_eq!(num(12.34), "12.3");
        assert_eq!(num(7.0), "7");
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(-0.5), "-0.5");
        assert_eq!(num(-12.25), "-12.3");
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut w = SvgWriter::new((10, 10), (10.0, 10.0));
        w.text(&[("class", "a\"b")], "<R&D> '\u{1}x");
        let svg = w.finish();
        assert!(svg.contains(r#"class="a&quot;b""#));
        assert!(svg.contains("&lt;R&amp;D&gt; 'x</text>"));
        assert!(roxmltree::Document::parse(&svg).is_ok());
    }

    #[test]
    fn rings_drop_repeated_points_invisible_detail_and_specks() {
        let d = ring_path([vec![(0.0, 0.0), (0.01, 0.0), (5.0, 0.0), (5.0, 5.0)]]);
        assert_eq!(d, "M0 0L5 0L5 5Z");
        // A bump of 0.1 px on a straight edge goes; one of 2 px stays.
        let bumpy = ring_path([vec![
            (0.0, 0.0),
            (2.0, 0.1),
            (4.0, 0.0),
            (4.0, 4.0),
            (2.0, 6.0),
            (0.0, 4.0),
        ]]);
        assert_eq!(bumpy, "M0 0L4 0L4 4L2 6L0 4Z");
        let speck = [(9.0, 9.0), (9.1, 9.0), (9.1, 9.1), (9.0, 9.0)];
        assert_eq!(ring_path([speck.to_vec()]), "");
    }
}
