//! `/review/bulk` (editors): the upload form of an edited export, posted as
//! `multipart/form-data` to the same upload as `POST /api/v1/suggestions/bulk`.
use app::model::ParamError;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::auth_extract::{ClientAddress, Editor};
use super::bulk_api::upload;
use super::page_auth::{PageAuth, PageContext};
use super::ApiError;
use crate::curation::{yes_no, FileSource, MAX_FILE_BYTES};
use crate::pages::{bulk_page, Flash};
use crate::state::AppState;

pub async fn form(ctx: PageContext, _: PageAuth<Editor>) -> Response {
    ctx.page(
        StatusCode::OK,
        bulk_page(ctx.lang, &ctx.css, None, Flash::default()),
    )
}

/// The file and the file-wide source of the form; empty fields are absent.
async fn fields(mut form: Multipart) -> Result<(Vec<u8>, FileSource), ApiError> {
    let bad = |param: &str, e: String| ApiError::from(ParamError::new(param, e));
    let (mut file, mut source) = (Vec::new(), FileSource::default());
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|e| bad("body", e.body_text()))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        let value = field.bytes().await.map_err(|e| bad(&name, e.body_text()))?;
        if name == "file" {
            file = value.to_vec();
            continue;
        }
        let text = String::from_utf8_lossy(&value).trim().to_owned();
        let text = Some(text).filter(|t| !t.is_empty());
        match name.as_str() {
            "reason" => source.reason = text,
            "source_title" => source.title = text,
            "source_url" => source.url = text,
            "source_date" => source.date = text,
            "local_knowledge" => source.local_knowledge = text.as_deref().and_then(yes_no),
            _ => return Err(bad(&name, "not a field of this form".into())),
        }
    }
    if file.is_empty() {
        return Err(bad("file", "choose a CSV or XLSX file".into()));
    }
    Ok((file, source))
}

pub async fn submit(
    State(s): State<AppState>,
    ctx: PageContext,
    address: ClientAddress,
    PageAuth(user, _): PageAuth<Editor>,
    form: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let result = async {
        let form = form.map_err(|e| ParamError::new("body", e.body_text()))?;
        let (file, source) = fields(form).await?;
        upload(&s, &user.actor(&address), &file, &source).await
    }
    .await;
    let (status, report, flash) = match result {
        Ok(r) => (StatusCode::OK, Some(r), Flash::default()),
        Err(e) => {
            let flash = Flash::failed(e.public_message());
            (e.status(), None, flash)
        }
    };
    let html = bulk_page(ctx.lang, &ctx.css, report.as_ref(), flash);
    ctx.page(status, html)
}

/// The form's body may hold a whole file, plus its other fields.
pub const MAX_FORM_BYTES: usize = MAX_FILE_BYTES + (64 << 10);
