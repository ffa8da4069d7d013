//! Web Mercator at Leaflet's scale (`TILE_SIZE`·2^zoom CSS pixels around the world), so a view
//! `at=lon,lat,zoom` covers the same ground in the picture as on the web map.
use std::f64::consts::PI;

/// Leaflet's latitude limit for spherical Mercator.
const MAX_LAT: f64 = 85.051_128_78;
/// Equatorial circumference in metres (WGS 84 semi-major axis).
const EARTH_CIRCUMFERENCE_M: f64 = 40_075_016.686;
pub use app::model::FUJIAN_FRAME;
use app::model::{TILE_SIZE, ZOOM_SNAP};

/// A view of `width`×`height` CSS pixels centred on a point at a zoom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    zoom: f64,
    /// World pixels at this zoom.
    world: f64,
    /// World pixel of the view's top-left corner.
    left: f64,
    top: f64,
    width: f64,
    height: f64,
}

/// `(x, y)` in world pixels at a world size of 1 (0..1 each way).
fn unit(lon: f64, lat: f64) -> (f64, f64) {
    let phi = lat.clamp(-MAX_LAT, MAX_LAT).to_radians();
    let x = (lon + 180.0) / 360.0;
    let y = 0.5 - (PI / 4.0 + phi / 2.0).tan().ln() / (2.0 * PI);
    (x, y)
}

fn unit_inverse(x: f64, y: f64) -> (f64, f64) {
    let lon = x * 360.0 - 180.0;
    let lat = (2.0 * ((0.5 - y) * 2.0 * PI).exp().atan() - PI / 2.0).to_degrees();
    (lon, lat)
}

impl Projection {
    /// Centred on `(lon, lat)` at `zoom`.
    pub fn new(lon: f64, lat: f64, zoom: f64, width: f64, height: f64) -> Projection {
        let world = TILE_SIZE * zoom.exp2();
        let (x, y) = unit(lon, lat);
        Projection {
            zoom,
            world,
            left: x * world - width / 2.0,
            top: y * world - height / 2.0,
            width,
            height,
        }
    }

    /// The largest snapped zoom at which `bbox` fits, centred on it (Leaflet's `fitBounds`).
    pub fn fit(bbox: [f64; 4], width: f64, height: f64) -> Projection {
        let (x0, y1) = unit(bbox[0], bbox[1]);
        let (x1, y0) = unit(bbox[2], bbox[3]);
        let fits = (width / (TILE_SIZE * (x1 - x0))).min(height / (TILE_SIZE * (y1 - y0)));
        let zoom = (fits.log2() / ZOOM_SNAP).floor() * ZOOM_SNAP;
        let (lon, lat) = unit_inverse((x0 + x1) / 2.0, (y0 + y1) / 2.0);
        Projection::new(lon, lat, zoom.clamp(0.0, 20.0), width, height)
    }

    /// Exactly `bbox` at `zoom`: the view's size is the box's, in pixels.
    pub fn frame(bbox: [f64; 4], zoom: f64) -> Projection {
        let world = TILE_SIZE * zoom.exp2();
        let (x0, y1) = unit(bbox[0], bbox[1]);
        let (x1, y0) = unit(bbox[2], bbox[3]);
        Projection {
            zoom,
            world,
            left: x0 * world,
            top: y0 * world,
            width: (x1 - x0) * world,
            height: (y1 - y0) * world,
        }
    }

    /// Width and height in CSS pixels.
    pub fn size(&self) -> (f64, f64) {
        (self.width, self.height)
    }

    /// The zoom level (fractional after a fit); it decides clusters vs markers.
    pub fn zoom(&self) -> f64 {
        self.zoom
    }

    /// CSS pixels from the view's top-left corner.
    pub fn to_px(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = unit(lon, lat);
        (x * self.world - self.left, y * self.world - self.top)
    }

    /// The inverse of [`Projection::to_px`].
    pub fn to_lon_lat(&self, x: f64, y: f64) -> (f64, f64) {
        unit_inverse((x + self.left) / self.world, (y + self.top) / self.world)
    }

    /// True if `(x, y)` lies within `margin` pixels of the view.
    pub fn near_view(&self, (x, y): (f64, f64), margin: f64) -> bool {
        (-margin..=self.width + margin).contains(&x)
            && (-margin..=self.height + margin).contains(&y)
    }

    /// True if the pixel rectangle from `top_left` to `bottom_right` overlaps the view.
    pub fn overlaps(&self, top_left: (f64, f64), bottom_right: (f64, f64)) -> bool {
        bottom_right.0 >= 0.0
            && top_left.0 <= self.width
            && bottom_right.1 >= 0.0
            && top_left.1 <= self.height
    }

    /// The view as `[min_lon, min_lat, max_lon, max_lat]`, within valid coordinates.
    pub fn bbox(&self) -> [f64; 4] {
        let (w, n) = self.to_lon_lat(0.0, 0.0);
        let (e, s) = self.to_lon_lat(self.width, self.height);
        [w.max(-180.0), s.max(-90.0), e.min(180.0), n.min(90.0)]
    }

    /// Ground metres per CSS pixel at the view's centre (what Leaflet's scale bar measures).
    pub fn metres_per_px(&self) -> f64 {
        let (_, lat) = self.to_lon_lat(self.width / 2.0, self.height / 2.0);
        EARTH_CIRCUMFERENCE_M * lat.to_radians().cos() / self.world
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_is_exact_to_a_micro_degree() {
        let p = Projection::new(118.1, 24.5, 9.0, 1920.0, 1080.0);
        for (lon, lat) in [(118.1, 24.5), (116.4, 27.5), (120.2, 23.7)] {
            let (x, y) = p.to_px(lon, lat);
            let (lon2, lat2) = p.to_lon_lat(x, y);
            assert!((lon - lon2).abs() < 1e-6 && (lat - lat2).abs() < 1e-6);
        }
        let (x, y) = p.to_px(118.1, 24.5);
        assert!((x - 960.0).abs() < 1e-6 && (y - 540.0).abs() < 1e-6);
    }

    #[test]
    fn scale_matches_leaflet() {
        // One degree of longitude at zoom 8 is 256·2^8/360 pixels.
        let p = Projection::new(118.0, 25.0, 8.0, 800.0, 600.0);
        let dx = p.to_px(119.0, 25.0).0 - p.to_px(118.0, 25.0).0;
        assert!((dx - 65536.0 / 360.0).abs() < 1e-9);
    }

    #[test]
    fn fit_contains_the_frame_at_a_snapped_zoom() {
        let p = Projection::fit(FUJIAN_FRAME, 1920.0, 1000.0);
        assert_eq!(p.zoom() % ZOOM_SNAP, 0.0);
        let b = p.bbox();
        assert!(b[0] <= 115.8 && b[1] <= 21.9 && b[2] >= 122.1 && b[3] >= 28.4);
        // A quarter zoom more would no longer fit.
        let (lon, lat) = p.to_lon_lat(960.0, 500.0);
        let closer = Projection::new(lon, lat, p.zoom() + ZOOM_SNAP, 1920.0, 1000.0).bbox();
        assert!(closer[0] > 115.8 || closer[1] > 21.9 || closer[2] < 122.1 || closer[3] < 28.4);
    }
}
