//! Which part of the map is in view, for the list and the print sheet (the map code owns
//! the exact bounds; this estimate only decides which rows to show).
use leptos::prelude::*;

use super::{use_view_state, Viewport};

/// `[west, south, east, north]` the map shows, estimated from the URL's centre and zoom and
/// the map element's size in pixels: Web Mercator (360° per 256·2^zoom px, north–south
/// shrunk by cos(lat)).
pub fn view_bbox(v: Viewport, (width, height): (f64, f64)) -> [f64; 4] {
    let per_px = 360.0 / (256.0 * 2f64.powf(v.zoom));
    let dx = width / 2.0 * per_px;
    let dy = height / 2.0 * per_px * v.lat.to_radians().cos();
    [v.lon - dx, v.lat - dy, v.lon + dx, v.lat + dy]
}

/// Whether any of `sites` lies inside `b`.
pub fn any_inside(b: [f64; 4], sites: impl IntoIterator<Item = (f64, f64)>) -> bool {
    sites
        .into_iter()
        .any(|(lon, lat)| (b[0]..=b[2]).contains(&lon) && (b[1]..=b[3]).contains(&lat))
}

/// The map's view as a bounding box; `None` on the server and until the map element has a
/// size, so the server and the first client render agree (everything shown).
pub fn use_view_bbox() -> Memo<Option<[f64; 4]>> {
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
        if map_size.get_untracked() != size {
            map_size.set(size);
        }
    });
    Memo::new(move |_| Some(view_bbox(viewport.get()?, map_size.get()?)))
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
        assert!((e - w - 0.3516).abs() < 1e-3, "{w} {e}");
        assert!(n - s < e - w, "latitude span shrinks by cos(lat)");
        assert!(any_inside([w, s, e, n], [(118.1, 24.5)]));
        assert!(!any_inside([w, s, e, n], [(119.3, 26.1)]));
    }
}
