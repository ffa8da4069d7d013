//! `POST /api/v1/suggestions/bulk`: an edited export uploaded back as the raw request body
//! (CSV or XLSX), the file-wide source as query parameters; the answer is a report of
//! every row. Editors and above; nothing is published until a reviewer approves.
use app::model::ParamError;
use axum::{
    body::{to_bytes, Body},
    extract::State,
    http::{header, HeaderMap},
    Json,
};

use super::auth_extract::{Auth, ClientAddress, Editor};
use super::params::{take, Params};
use super::ApiError;
use crate::auth::accounts::Actor;
use crate::curation::{self, yes_no, BulkReport, FileSource, MAX_FILE_BYTES};
use crate::state::AppState;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/// What a CSV or XLSX upload may be labelled (browsers and Windows label CSV variously).
const TYPES: [&str; 6] = [
    "text/csv",
    "text/plain",
    XLSX,
    "application/vnd.ms-excel",
    "application/octet-stream",
    "application/csv",
];

/// Checks every row of an uploaded table (CSV or XLSX, the export's columns plus
/// `reason`, `source_title`, `source_url`, `source_date`, `local_knowledge`) and proposes
/// each changed, valid row as `actor`, the cells of `source` standing in for empty source
/// cells. Whole-file problems are 400s naming `file`; a row's problems are in its report.
/// The `/review/bulk` page calls this with a form's file.
pub async fn upload(
    s: &AppState,
    actor: &Actor,
    bytes: &[u8],
    source: &FileSource,
) -> Result<BulkReport, ApiError> {
    Ok(curation::bulk_propose(&s.store, &s.published, actor, bytes, source).await?)
}

/// The file-wide source from `reason`, `source_title`, `source_url`, `source_date` and
/// `local_knowledge` (yes/no); any other parameter is an error.
fn file_source(mut pairs: super::params::Pairs) -> Result<FileSource, ParamError> {
    let local = match take(&mut pairs, "local_knowledge")? {
        None => None,
        Some(t) => {
            Some(yes_no(&t).ok_or_else(|| ParamError::new("local_knowledge", "true or false"))?)
        }
    };
    let source = FileSource {
        reason: take(&mut pairs, "reason")?,
        title: take(&mut pairs, "source_title")?,
        url: take(&mut pairs, "source_url")?,
        date: take(&mut pairs, "source_date")?,
        local_knowledge: local,
    };
    match pairs.first() {
        Some((k, _)) => Err(ParamError::new(
            k,
            "not a parameter here: reason, source_title, source_url, source_date, \
             local_knowledge",
        )),
        None => Ok(source),
    }
}

pub async fn bulk(
    State(s): State<AppState>,
    address: ClientAddress,
    Auth(editor, _): Auth<Editor>,
    Params(pairs): Params,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<BulkReport>, ApiError> {
    let source = file_source(pairs)?;
    let kind = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or(v).trim().to_ascii_lowercase());
    if let Some(kind) = kind.as_deref().filter(|k| !TYPES.contains(k)) {
        let msg = format!(
            "{kind} is not a table: send the CSV or XLSX file itself as the body, with \
             Content-Type text/csv or {XLSX}"
        );
        return Err(ParamError::new("file", msg).into());
    }
    let size = format!("at most {} MB", MAX_FILE_BYTES >> 20);
    let bytes = to_bytes(body, MAX_FILE_BYTES)
        .await
        .map_err(|_| ParamError::new("file", size))?;
    if kind.as_deref() == Some(XLSX) && !bytes.starts_with(b"PK\x03\x04") {
        return Err(ParamError::new("file", "labelled XLSX but not an XLSX file").into());
    }
    let report = upload(&s, &editor.actor(&address), &bytes, &source).await?;
    Ok(Json(report))
}
