//! A suggested move as a small map for the review queue: the base map around both
//! positions, the old one hollow and grey, the new one filled, joined by a line. Drawn on
//! the server, so the queue page needs no script.
use app::model::{Lang, SEA_COLOR};

use super::layers;
use super::projection::Projection;
use super::svg::{num, SvgWriter};
use crate::basemap::BaseMap;
use crate::curation::SiteMove;

/// The map's size in CSS pixels.
pub const MOVE_MAP_SIZE: (f64, f64) = (320.0, 200.0);
/// Degrees around the two points, so a short move still shows its district.
const MARGIN_DEG: f64 = 0.05;

/// The map frames every move's two positions.
pub fn move_map(basemap: &BaseMap, moves: &[SiteMove], lang: Lang) -> String {
    let points = moves.iter().flat_map(|(a, b)| [*a, *b]);
    let mut bbox = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
    for (lon, lat) in points {
        bbox = [
            bbox[0].min(lon - MARGIN_DEG),
            bbox[1].min(lat - MARGIN_DEG),
            bbox[2].max(lon + MARGIN_DEG),
            bbox[3].max(lat + MARGIN_DEG),
        ];
    }
    let (w, h) = MOVE_MAP_SIZE;
    let proj = Projection::fit(bbox, w, h);
    let mut svg = SvgWriter::inline((w as u32, h as u32), (w, h));
    let (ws, hs) = (num(w), num(h));
    svg.empty(
        "rect",
        &[("width", &ws), ("height", &hs), ("fill", SEA_COLOR)],
    );
    layers::basemap(&mut svg, basemap, &proj, lang);
    for (old, new) in moves {
        let (a, b) = (proj.to_px(old.0, old.1), proj.to_px(new.0, new.1));
        let (x1, y1, x2, y2) = (num(a.0), num(a.1), num(b.0), num(b.1));
        let line = [
            ("x1", x1.as_str()),
            ("y1", &y1),
            ("x2", &x2),
            ("y2", &y2),
            ("stroke", "#555555"),
            ("stroke-dasharray", "4 3"),
        ];
        svg.empty("line", &line);
        let hollow = [
            ("class", "move-old"),
            ("fill", "#ffffff"),
            ("stroke", "#777777"),
        ];
        svg.circle(a, 6.0, &hollow);
        let filled = [
            ("class", "move-new"),
            ("fill", "#c0392b"),
            ("stroke", "#ffffff"),
        ];
        svg.circle(b, 6.0, &filled);
    }
    svg.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_move_is_drawn_as_two_points_joined_by_a_line_with_no_xml_declaration() {
        let basemap = BaseMap {
            regions: Vec::new(),
            geojson: String::new(),
        };
        let svg = move_map(&basemap, &[((119.0, 25.4), (119.01, 25.43))], Lang::Zh);
        assert!(svg.starts_with("<svg"), "{svg}");
        assert_eq!(svg.matches("<circle").count(), 2);
        assert!(svg.contains("move-old") && svg.contains("move-new"));
        assert_eq!(svg.matches("<line").count(), 1);
    }
}
