//! `at=lon,lat,zoom`: the map's centre and zoom, as the web map writes it and the image
//! export reads it.
use super::{check_lon_lat, numbers, ParamError};

/// Web Mercator's edge: a map view cannot be centred further north or south.
pub const MAX_LAT: f64 = 85.0;
pub const MAX_ZOOM: f64 = 20.0;

/// Map centre and zoom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub lon: f64,
    pub lat: f64,
    pub zoom: f64,
}

impl Viewport {
    /// Parses `lon,lat,zoom`: lon within ±180, lat within ±85, zoom from 0 to 20.
    ///
    /// ```
    /// use app::model::params::Viewport;
    /// let v = Viewport::parse("118.1,24.5,9").unwrap();
    /// assert_eq!((v.lon, v.lat, v.zoom), (118.1, 24.5, 9.0));
    /// assert_eq!(Viewport::parse("24.5,118.1,9").unwrap_err().param, "at");
    /// ```
    pub fn parse(value: &str) -> Result<Viewport, ParamError> {
        let shape = "lon,lat,zoom (zoom 0 to 20), e.g. 118.1,24.5,9";
        let n = numbers("at", value, 3, shape)?;
        check_lon_lat("at", (n[0], n[1]), MAX_LAT, shape)?;
        if !(0.0..=MAX_ZOOM).contains(&n[2]) {
            return Err(ParamError::new(
                "at",
                format!("zoom out of range; expected {shape}"),
            ));
        }
        Ok(Viewport {
            lon: n[0],
            lat: n[1],
            zoom: n[2],
        })
    }

    /// As written in URLs: centre to 4 decimals (about 10 m), zoom as is.
    pub fn to_param(self) -> String {
        format!("{:.4},{:.4},{}", self.lon, self.lat, self.zoom)
    }
}
