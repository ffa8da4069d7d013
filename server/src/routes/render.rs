//! `/api/v1/render.{svg,png}`: the map view of a URL as an image, made on the server; and
//! `/api/v1/preview.{svg,png}`, the first view's picture.
//! The footer's date is today in China Standard Time (UTC+8, no daylight saving), the
//! time zone of the data; it is part of the ETag so a cached picture never shows a stale date.
use axum::{
    extract::State,
    http::{header, HeaderMap},
    response::{IntoResponse, Response},
};

use super::dates::today_in_china;
use super::{
    api_error::ApiError,
    cache::cached,
    params::{Pairs, Params},
};
use app::model::PreviewFormat;

use crate::render::{render_svg, PreviewRequest, RenderRequest};
use crate::state::AppState;

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
    let data = s.data();
    let version = data.version.clone();
    cached(&version, &key, &headers, || async move {
        let (width, height) = req.pixel_size();
        let name = format!("fujian-atlas-{width}x{height}-{date}.{}", format.ext());
        // Drawing takes up to a tenth of a second: off the async runtime.
        let body = tokio::task::spawn_blocking(move || {
            let svg = render_svg(&data, &req, &date)?;
            match format {
                Format::Svg => Ok::<_, ApiError>(svg.into_bytes()),
                Format::Png => Ok(s.rasteriser.png(&svg)?),
            }
        })
        .await
        .map_err(|e| ApiError::Internal(format!("render task failed: {e}")))??;
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

/// `/api/v1/preview.{svg,png}`: the first view as a picture (`render::preview_svg`), which
/// the page shows in the map's place until Leaflet has drawn it. The page's own
/// parameters and `dpi`.
async fn preview(
    format: PreviewFormat,
    s: AppState,
    headers: HeaderMap,
    pairs: Pairs,
) -> Result<Response, ApiError> {
    let data = s.data();
    let request = PreviewRequest::from_pairs(&pairs)?;
    let key = request.href(format);
    cached(&data.version, &key, &headers, || async {
        let (data, previews, raster) = (data.clone(), s.previews.clone(), s.rasteriser.clone());
        let picture =
            tokio::task::spawn_blocking(move || previews.get(&data, &request, format, &raster))
                .await
                .map_err(|e| ApiError::Internal(format!("preview task failed: {e}")))??;
        Ok(picture.respond(&headers))
    })
    .await
}

pub async fn preview_svg(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(p): Params,
) -> Result<Response, ApiError> {
    preview(PreviewFormat::Svg, s, headers, p).await
}

pub async fn preview_png(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(p): Params,
) -> Result<Response, ApiError> {
    preview(PreviewFormat::Png, s, headers, p).await
}
