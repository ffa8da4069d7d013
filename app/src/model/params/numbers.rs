//! Numbers in URLs: lists of decimals, lon/lat pairs and whole numbers.
use super::{parse_decimal, ParamError};

/// Exactly `n` comma-separated finite decimals; `shape` says what they are (for messages).
pub fn numbers(param: &str, value: &str, n: usize, shape: &str) -> Result<Vec<f64>, ParamError> {
    let parts: Vec<&str> = value.split(',').collect();
    if parts.len() != n {
        return Err(ParamError::new(
            param,
            format!("expected {n} numbers: {shape}"),
        ));
    }
    parts
        .iter()
        .map(|p| match parse_decimal(p.trim()) {
            Some(x) if x.is_finite() => Ok(x),
            _ => Err(ParamError::new(
                param,
                format!("{p:?} is not a number ({shape})"),
            )),
        })
        .collect()
}

/// Checks one lon/lat pair against `max_lat` (90, or Web Mercator's 85 for a map view),
/// hinting at the common mistake of writing lat before lon.
pub fn check_lon_lat(
    param: &str,
    (lon, lat): (f64, f64),
    max_lat: f64,
    shape: &str,
) -> Result<(), ParamError> {
    let lon_ok = (-180.0..=180.0).contains(&lon);
    if lon_ok && (-max_lat..=max_lat).contains(&lat) {
        return Ok(());
    }
    let swapped = (-max_lat..=max_lat).contains(&lon) && (-180.0..=180.0).contains(&lat);
    let hint = if swapped {
        " (lon and lat look swapped)"
    } else {
        ""
    };
    let what = if lon_ok { "latitude" } else { "longitude" };
    let msg = format!("{what} out of range; expected {shape}{hint}");
    Err(ParamError::new(param, msg))
}

/// A non-negative integer written with digits only; too large saturates (range checks
/// judge it).
pub fn parse_usize(param: &str, value: &str) -> Result<usize, ParamError> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        let msg = format!("{value:?} is not a non-negative integer");
        return Err(ParamError::new(param, msg));
    }
    Ok(value.parse().unwrap_or(usize::MAX))
}

/// A whole number within `range`.
pub fn parse_int_in(
    param: &str,
    value: &str,
    range: std::ops::RangeInclusive<u32>,
) -> Result<u32, ParamError> {
    parse_usize(param, value)
        .ok()
        .and_then(|n| u32::try_from(n).ok())
        .filter(|n| range.contains(n))
        .ok_or_else(|| {
            let (lo, hi) = (range.start(), range.end());
            ParamError::new(
                param,
                format!("expected a whole number from {lo} to {hi}, got {value:?}"),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swapped_coordinates_are_named() {
        let e = check_lon_lat("near", (24.5, 118.1), 90.0, "lon,lat").unwrap_err();
        assert!(e.message.contains("swapped"), "{e}");
        assert!(check_lon_lat("at", (118.1, 86.0), 85.0, "lon,lat").is_err());
        assert!(check_lon_lat("near", (118.1, 86.0), 90.0, "lon,lat").is_ok());
    }

    #[test]
    fn whole_numbers_are_digits_only() {
        assert_eq!(parse_int_in("dpi", "150", 72..=600), Ok(150));
        for bad in [
            "",
            "+5",
            "-1",
            "1.0",
            " 7",
            "0x10",
            "601",
            "99999999999999999999",
        ] {
            assert!(parse_int_in("dpi", bad, 72..=600).is_err(), "{bad:?}");
        }
        assert_eq!(
            parse_usize("offset", "99999999999999999999"),
            Ok(usize::MAX)
        );
    }
}
