//! `/api/v1/render.{svg,png}`: the map view of a URL as an image, made on the server.
//! The footer's date is today in China Standard Time (UTC+8, no daylight saving), the
//! time zone of the data; it is part of the ETag so a cached picture never shows a stale date.
use std::time::{SystemTime, UNIX_EPOCH};

use axum::{
    extract::State,
    http::{header, HeaderMap},
    response::{IntoResponse, Response},
};

use super::{
    api_error::ApiError,
    cache::cached,
    params::{Pairs, Params},
};
use crate::render::{render_svg, RenderRequest};
use crate::state::AppState;

const CST_OFFSET_SECS: u64 = 8 * 3600;

/// The civil date `days` after 1970-01-01, as `YYYY-MM-DD` (Howard Hinnant's algorithm).
fn date_from_days(days: u64) -> String {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn today_in_china() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    date_from_days((secs + CST_OFFSET_SECS) / 86_400)
}

#[derive(Clone, Copy)]
enum Format {
    Svg,
    Png,
}

impl Format {
    fn ext(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
        }
    }
}

async fn render(
    format: Format,
    s: AppState,
    headers: HeaderMap,
    pairs: Pairs,
) -> Result<Response, ApiError> {
    let req = RenderRequest::from_pairs(&pairs)?;
    let date = today_in_china();
    let key = format!("render.{}?{}&date={date}", format.ext(), req.canonical());
    let version = s.data.version.clone();
    cached(&version, &key, &headers, || async move {
        let (width, height) = req.pixel_size();
        let name = format!("fujian-atlas-{width}x{height}-{date}.{}", format.ext());
        // Drawing takes up to a tenth of a second: off the async runtime.
        let body = tokio::task::spawn_blocking(move || {
            let svg = render_svg(&s.data, &req, &date);
            match format {
                Format::Svg => Ok(svg.into_bytes()),
                Format::Png => s.rasteriser.png(&svg),
            }
        })
        .await
        .map_err(|e| ApiError::Internal(format!("render task failed: {e}")))?
        .map_err(|e| ApiError::Internal(e.to_string()))?;
        let mime = match format {
            Format::Svg => "image/svg+xml; charset=utf-8",
            Format::Png => "image/png",
        };
        let headers = [
            (header::CONTENT_TYPE, mime.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{name}\""),
            ),
        ];
        Ok((headers, body).into_response())
    })
    .await
}

pub async fn svg(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(p): Params,
) -> Result<Response, ApiError> {
    render(Format::Svg, s, headers, p).await
}

pub async fn png(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(p): Params,
) -> Result<Response, ApiError> {
    render(Format::Png, s, headers, p).await
}

#[cfg(test)]
mod tests {
    use super::date_from_days;

    #[test]
    fn civil_dates() {
        assert_eq!(date_from_days(0), "1970-01-01");
        assert_eq!(date_from_days(11_016), "2000-02-29");
        assert_eq!(date_from_days(20_089), "2025-01-01");
    }
}
