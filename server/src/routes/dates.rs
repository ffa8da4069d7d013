//! Calendar dates in China Standard Time (UTC+8, no daylight saving), the time zone of the
//! data: the date printed on images, and the days of the audit log's filter.
use app::model::params::ParamError;
use time::macros::{format_description, offset};
use time::{Date, OffsetDateTime, PrimitiveDateTime, Time};

const DAY: &[time::format_description::BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]");
const MINUTE: &[time::format_description::BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day] [hour]:[minute]");

/// Today, `YYYY-MM-DD`.
pub fn today_in_china() -> String {
    let now = OffsetDateTime::now_utc().to_offset(offset!(+8));
    now.date().format(DAY).unwrap_or_default()
}

/// The first millisecond of the day `YYYY-MM-DD` (parameter `param`), unix time.
pub fn day_start_ms(param: &str, value: &str) -> Result<i64, ParamError> {
    let date = Date::parse(value, DAY).map_err(|_| {
        ParamError::new(param, format!("expected a date YYYY-MM-DD, got {value:?}"))
    })?;
    let start = PrimitiveDateTime::new(date, Time::MIDNIGHT).assume_offset(offset!(+8));
    Ok(start.unix_timestamp() * 1000)
}

/// Unix milliseconds as `YYYY-MM-DD HH:MM` (for the audit page).
pub fn minute_of(ms: i64) -> String {
    OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000))
        .map(|t| t.to_offset(offset!(+8)).format(MINUTE).unwrap_or_default())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_start_at_midnight_in_china() {
        // 2025-01-01 00:00 CST is 2024-12-31 16:00 UTC.
        assert_eq!(day_start_ms("from", "2025-01-01"), Ok(1_735_660_800_000));
        assert_eq!(minute_of(1_735_660_800_000), "2025-01-01 00:00");
        assert_eq!(day_start_ms("to", "2025-02-30").unwrap_err().param, "to");
        assert_eq!(today_in_china().len(), 10);
    }
}
