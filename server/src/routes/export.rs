//! `/api/v1/export.{geojson,csv,xlsx}`: the whole filtered set as a download.
use axum::{
    extract::State,
    http::{header, HeaderMap},
    response::{IntoResponse, Response},
};

use super::{
    api_error::ApiError,
    cache::cached,
    params::{self, Params},
};
use crate::{export, state::AppState};

#[derive(Clone, Copy)]
pub enum Format {
    GeoJson,
    Csv,
    Xlsx,
}

impl Format {
    fn ext(self) -> &'static str {
        match self {
            Format::GeoJson => "geojson",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }

    fn mime(self) -> &'static str {
        match self {
            Format::GeoJson => "application/geo+json",
            Format::Csv => "text/csv; charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

async fn download(
    format: Format,
    s: AppState,
    headers: HeaderMap,
    pairs: params::Pairs,
) -> Result<Response, ApiError> {
    let (mut q, key) = params::query(&pairs)?;
    let data = s.data();
    // An export is the whole filtered set unless the URL pages it explicitly.
    if !pairs.iter().any(|(k, _)| k == "limit") {
        q.limit = usize::MAX;
    }
    let key = format!("export.{}?{key}", format.ext());
    cached(&data.version, &key, &headers, || async {
        let found = data.search(&q)?;
        let entities = found.ids.iter().map(|&i| &data.catalogue.entities[i]);
        let bytes = match format {
            Format::GeoJson => data
                .features
                .collection(&found.ids, found.number_matched, None)
                .into_bytes(),
            Format::Csv => {
                export::to_csv(entities).map_err(|e| ApiError::Internal(e.to_string()))?
            }
            Format::Xlsx => {
                export::to_xlsx(entities).map_err(|e| ApiError::Internal(e.to_string()))?
            }
        };
        let disposition = format!(
            "attachment; filename=\"fujian-cluster-atlas-entities.{}\"",
            format.ext()
        );
        let headers = [
            (header::CONTENT_TYPE, format.mime().to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ];
        Ok((headers, bytes).into_response())
    })
    .await
}

pub async fn geojson(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(p): Params,
) -> Result<Response, ApiError> {
    download(Format::GeoJson, s, headers, p).await
}

pub async fn csv(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(p): Params,
) -> Result<Response, ApiError> {
    download(Format::Csv, s, headers, p).await
}

pub async fn xlsx(
    State(s): State<AppState>,
    headers: HeaderMap,
    Params(p): Params,
) -> Result<Response, ApiError> {
    download(Format::Xlsx, s, headers, p).await
}
