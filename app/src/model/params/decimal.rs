//! Numbers in URLs (`bbox`, `near`, `radius_km`, `at`), read the same way on both sides.

/// Parses a plain decimal number: an optional sign, digits with an optional point, an
/// optional exponent (`118.1`, `-5`, `.5`, `2.5e3`). Anything else is `None`, including
/// `inf`, `NaN`, hex and surrounding spaces.
///
/// In the browser JavaScript's `parseFloat` converts the digits: Rust's `f64::from_str` would add
/// its 10 KB table of powers of five to the wasm (BENCHMARKS.md). Both round correctly, so
/// the server and the browser read any URL the grammar accepts as the same `f64`.
///
/// ```
/// use app::model::params::parse_decimal;
/// assert_eq!(parse_decimal("118.25"), Some(118.25));
/// assert_eq!(parse_decimal("-2e3"), Some(-2000.0));
/// assert_eq!(parse_decimal("0x10"), None);
/// ```
pub fn parse_decimal(s: &str) -> Option<f64> {
    if !is_decimal(s) {
        return None;
    }
    convert(s)
}

fn is_decimal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa = digits(&mut i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        mantissa += digits(&mut i);
    }
    if mantissa == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        i += usize::from(matches!(b.get(i), Some(b'+' | b'-')));
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

#[cfg(feature = "hydrate")]
fn convert(s: &str) -> Option<f64> {
    // The grammar above has checked the whole string, so `parseFloat` reads all of it.
    Some(js_sys::parse_float(s))
}

#[cfg(not(feature = "hydrate"))]
fn convert(s: &str) -> Option<f64> {
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_decimals_as_rust_reads_them() {
        for s in [
            "0",
            "-0",
            "+7",
            "118.1",
            "24.5000",
            "1.",
            ".5",
            "-.5",
            "2.5e3",
            "1E-2",
            "9e+1",
            "1e400",
            "117.94000000000001",
        ] {
            assert_eq!(parse_decimal(s), s.parse::<f64>().ok(), "{s}");
        }
    }

    #[test]
    fn rejects_everything_else() {
        for s in [
            "", " 1", "1 ", "+", "-", ".", "e5", "1e", "1e+", "--1", "1.2.3", "0x10", "inf", "NaN",
            "Infinity", "1,2", "１",
        ] {
            assert_eq!(parse_decimal(s), None, "{s:?}");
        }
    }
}
