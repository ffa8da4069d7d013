//! Around the map: the title band, the footer (source, base-map attribution, date) and the
//! scale bar.
use super::projection::Projection;
use super::svg::{num, SvgWriter};
use app::tr;

/// Height of the title band and the footer, in CSS px.
pub const TITLE_H: f64 = 64.0;
pub const FOOTER_H: f64 = 46.0;
const PAD: f64 = 16.0;
const INK: &str = "#2b2a27";
const MUTED: &str = "#6b665c";
const PAPER: &str = "#fbfaf7";

/// The plan every entity comes from, as the print sheet names it (always in Chinese: it is
/// the plan's title).
pub fn source_line() -> &'static str {
    tr!(app::model::Lang::Zh, share.source_line)
}
pub use app::model::BASEMAP_ATTRIBUTION;

/// Rough width of `text` in ems: CJK is square, Latin about half as wide. Only used to keep
/// text inside its box, so overestimating is safe.
pub fn em_width(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.6 } else { 1.0 })
        .sum()
}

/// How a line of text looks.
struct Font<'a> {
    size: f64,
    weight: &'a str,
    fill: &'a str,
}

/// One line of text at `(x, y)`; `anchor` is `start` or `end`.
fn line(w: &mut SvgWriter, class: &str, (x, y): (f64, f64), font: Font, anchor: &str, text: &str) {
    let (x, y, size) = (num(x), num(y), num(font.size));
    let attrs = [
        ("class", class),
        ("x", &x),
        ("y", &y),
        ("font-size", &size),
        ("font-weight", font.weight),
        ("fill", font.fill),
        ("text-anchor", anchor),
    ];
    w.text(&attrs, text);
}

fn font<'a>(size: f64, weight: &'a str, fill: &'a str) -> Font<'a> {
    Font { size, weight, fill }
}

/// The band above the map with the title (shrunk to fit) and the subtitle.
pub fn title_band(w: &mut SvgWriter, width: f64, title: &str, subtitle: &str) {
    let (wd, h) = (num(width), num(TITLE_H));
    w.empty("rect", &[("width", &wd), ("height", &h), ("fill", PAPER)]);
    let fit = |max: f64, text: &str| max.min((width - 2.0 * PAD) / em_width(text).max(1.0));
    line(
        w,
        "title",
        (PAD, 32.0),
        font(fit(24.0, title), "700", INK),
        "start",
        title,
    );
    line(
        w,
        "subtitle",
        (PAD, 54.0),
        font(fit(14.0, subtitle), "400", MUTED),
        "start",
        subtitle,
    );
}

/// The band below the map: source and attribution on the left, the date on the right.
pub fn footer(w: &mut SvgWriter, width: f64, height: f64, date: &str) {
    let top = height - FOOTER_H;
    let (y, wd, h) = (num(top), num(width), num(FOOTER_H));
    w.empty(
        "rect",
        &[("y", &y), ("width", &wd), ("height", &h), ("fill", PAPER)],
    );
    // Leave room for the date on the right.
    let room = width - 2.0 * PAD - em_width(date) * 13.0 - PAD;
    let size = |max: f64, text: &str| max.min(room / em_width(text));
    let source = size(13.0, source_line());
    let credit = size(11.0, BASEMAP_ATTRIBUTION);
    line(
        w,
        "source",
        (PAD, top + 19.0),
        font(source, "400", INK),
        "start",
        source_line(),
    );
    line(
        w,
        "attribution",
        (PAD, top + 37.0),
        font(credit, "400", MUTED),
        "start",
        BASEMAP_ATTRIBUTION,
    );
    line(
        w,
        "date",
        (width - PAD, top + 19.0),
        font(13.0, "400", INK),
        "end",
        date,
    );
}

/// Leaflet's rounding of a scale length: 1, 2, 3 or 5 times a power of ten.
fn round_length(max: f64) -> f64 {
    let pow10 = 10f64.powf(max.log10().floor());
    let d = max / pow10;
    let step = [10.0, 5.0, 3.0, 2.0]
        .into_iter()
        .find(|s| d >= *s)
        .unwrap_or(1.0);
    step * pow10
}

/// A metric scale bar at most 100 CSS px long (as Leaflet's), bottom-left of the map.
pub fn scale_bar(w: &mut SvgWriter, proj: &Projection, map_height: f64) {
    let max_m = proj.metres_per_px() * 100.0;
    let metres = round_length(max_m);
    let len = 100.0 * metres / max_m;
    let label = if metres >= 1000.0 {
        format!("{} km", metres / 1000.0)
    } else {
        format!("{metres} m")
    };
    let (x, bottom) = (12.0, map_height - 12.0);
    let (bx, by, bw) = (num(x), num(bottom - 18.0), num(len));
    let box_attrs = [
        ("x", bx.as_str()),
        ("y", by.as_str()),
        ("width", bw.as_str()),
        ("height", "18"),
        ("fill", "#ffffff"),
        ("fill-opacity", "0.8"),
    ];
    w.open("g", &[("class", "scale-bar")]);
    w.empty("rect", &box_attrs);
    let d = format!(
        "M{} {}V{}H{}V{}",
        num(x),
        num(bottom - 18.0),
        num(bottom),
        num(x + len),
        num(bottom - 18.0)
    );
    w.empty(
        "path",
        &[
            ("d", &d),
            ("fill", "none"),
            ("stroke", "#777777"),
            ("stroke-width", "2"),
        ],
    );
    line(
        w,
        "scale-label",
        (x + 5.0, bottom - 5.0),
        font(11.0, "400", "#333333"),
        "start",
        &label,
    );
    w.close("g");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_lengths_are_round() {
        assert_eq!(round_length(87_000.0), 50_000.0);
        assert_eq!(round_length(23_456.0), 20_000.0);
        assert_eq!(round_length(3_100.0), 3_000.0);
        assert_eq!(round_length(1_000.0), 1_000.0);
    }
}
