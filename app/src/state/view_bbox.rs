//! Which part of the map is in view: the search asks the server only for the entities
//! there, so the browser never holds the rest (the map code owns the exact bounds; this
//! estimate decides what to fetch).
use leptos::prelude::*;

use super::use_view_state;
use crate::model::{Viewport, TILE_SIZE};

/// The map size assumed until the browser has measured it (on the server, and in the first
/// client render, which must match it): a large desktop map, so the first list leaves out
/// nothing a big screen would show.
pub const ASSUMED_MAP_SIZE: (f64, f64) = (1920.0, 1080.0);

/// `[west, south, east, north]` the map shows, estimated from the URL's centre and zoom and
/// the map element's size in pixels: Web Mercator (360° per TILE_SIZE·2^zoom px, north–south
/// shrunk by cos(lat)), widened outward to 0.001° so the request stays short.
pub fn view_bbox(v: Viewport, (width, height): (f64, f64)) -> [f64; 4] {
    let per_px = 360.0 / (TILE_SIZE * math::pow(2.0, v.zoom));
    let dx = width / 2.0 * per_px;
    let dy = height / 2.0 * per_px * math::cos(v.lat.to_radians());
    let (down, up) = (
        |x: f64| (x * 1e3).floor() / 1e3,
        |x: f64| (x * 1e3).ceil() / 1e3,
    );
    [
        down(v.lon - dx),
        down(v.lat - dy),
        up(v.lon + dx),
        up(v.lat + dy),
    ]
}

/// In the browser, its own `Math`: Rust's `cos` and `powf` would add 7 KB of libm to the wasm.
/// The two may differ in the last bit, which the outward rounding above absorbs.
mod math {
    #[cfg(feature = "hydrate")]
    pub use js_sys::Math::{cos, pow};

    #[cfg(not(feature = "hydrate"))]
    pub fn pow(x: f64, y: f64) -> f64 {
        x.powf(y)
    }

    #[cfg(not(feature = "hydrate"))]
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
}

/// The map's view as a bounding box, shared through context; `None` while the URL has no
/// viewport (the map then frames the whole province, so everything is in view).
pub type ViewBbox = Memo<Option<[f64; 4]>>;

/// Creates the view's [`ViewBbox`].
pub fn provide_view_bbox() -> ViewBbox {
    let view = use_view_state();
    let viewport = Memo::new(move |_| view.state.with(|s| s.viewport));
    let map_size = RwSignal::new(None::<(f64, f64)>);
    // Re-measured on every move in case the window was resized.
    Effect::new(move |_| {
        viewport.track();
        let size = document()
            .get_element_by_id("map")
            .map(|el| (f64::from(el.client_width()), f64::from(el.client_height())))
            .filter(|&(w, h)| w > 0.0 && h > 0.0);
        if size.is_some() && map_size.get_untracked() != size {
            map_size.set(size);
        }
    });
    Memo::new(move |_| {
        let size = map_size.get().unwrap_or(ASSUMED_MAP_SIZE);
        Some(view_bbox(viewport.get()?, size))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_bbox_matches_web_mercator_scale() {
        let v = Viewport {
            lon: 118.1,
            lat: 24.5,
            zoom: 11.0,
        };
        // 512 px at zoom 11 = 360 / 2^11 * 2 ≈ 0.35° of longitude.
        let [w, s, e, n] = view_bbox(v, (512.0, 512.0));
        assert!((e - w - 0.3516).abs() < 2e-3, "{w} {e}");
        assert!(n - s < e - w, "latitude span shrinks by cos(lat)");
        assert!(w < 118.1 && 118.1 < e && s < 24.5 && 24.5 < n);
        assert!(e < 119.3, "Fuzhou is out of view");
    }

    #[test]
    fn view_bbox_is_widened_outward_to_a_thousandth_of_a_degree() {
        let v = Viewport {
            lon: 118.12345,
            lat: 24.54321,
            zoom: 12.3,
        };
        let exact = 360.0 / (256.0 * 2f64.powf(12.3)) * 200.0;
        let b = view_bbox(v, (400.0, 300.0));
        for x in b {
            assert!(((x * 1e3).round() - x * 1e3).abs() < 1e-6, "{x} is snapped");
        }
        assert!(b[0] <= v.lon - exact && b[2] >= v.lon + exact);
        assert!(b[2] - b[0] < 2.0 * exact + 0.002 + 1e-9);
    }
}
