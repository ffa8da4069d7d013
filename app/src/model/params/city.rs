//! City names in URLs and paths: the official name (`厦门市`) or the short one (`厦门`,
//! `平潭`), always answered with the official name.
use super::ParamError;
use crate::model::CITIES;

/// The short name, as people write it: `厦门市` → `厦门`, `平潭综合实验区` → `平潭`.
pub fn short_city_name(city: &str) -> &str {
    city.strip_suffix('市')
        .or_else(|| city.strip_suffix("综合实验区"))
        .unwrap_or(city)
}

/// One of [`CITIES`], by its official or short name.
///
/// ```
/// use app::model::params::parse_city;
/// assert_eq!(parse_city("city", "厦门"), Ok("厦门市"));
/// assert_eq!(parse_city("city", "平潭"), Ok("平潭综合实验区"));
/// assert_eq!(parse_city("city", "上海市").unwrap_err().param, "city");
/// ```
pub fn parse_city(param: &str, value: &str) -> Result<&'static str, ParamError> {
    CITIES
        .iter()
        .find(|c| **c == value || short_city_name(c) == value)
        .copied()
        .ok_or_else(|| {
            let msg = format!(
                "unknown city {value:?}; expected one of {} (or the short name, e.g. 厦门)",
                CITIES.join(", ")
            );
            ParamError::new(param, msg)
        })
}
