//! `/suggest/{id}` (editors): the correction form of one entity, and `/suggest/new`, an
//! entity from another document; each posted back as a suggestion (the same
//! `curation::propose` as `POST /api/v1/suggestions`).
use app::model::basemap_href;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::auth_extract::{ClientAddress, Editor};
use super::form_body::FormBody;
use super::page_auth::{PageAuth, PageContext};
use super::ApiError;
use crate::curation::{self, form_fields, form_proposal, new_entity_proposal};
use crate::pages::{new_entity_page, suggest_page, Fields, Flash, SuggestView};
use crate::state::AppState;

/// The form of `id` with `fields` (`None`: as the entity stands), or the page's error.
fn page(
    s: &AppState,
    ctx: &PageContext,
    id: &str,
    fields: Option<Vec<(String, String)>>,
    error: Option<ApiError>,
) -> Response {
    let data = s.data();
    let Some(entity) = data.catalogue.entity(id) else {
        return ctx.refusal(ApiError::NotFound(format!("no entity {id:?}")));
    };
    let status = error.as_ref().map_or(StatusCode::OK, ApiError::status);
    let flash = error.map_or_else(Flash::default, |e| Flash::failed(e.public_message()));
    let view = SuggestView {
        entity,
        fields: fields.unwrap_or_else(|| form_fields(&entity.props)),
        basemap_url: basemap_href(&data.files_version),
    };
    ctx.page(status, suggest_page(ctx.lang, &ctx.css, view, flash))
}

pub async fn form(
    State(s): State<AppState>,
    ctx: PageContext,
    _: PageAuth<Editor>,
    Path(id): Path<String>,
) -> Response {
    page(&s, &ctx, &id, None, None)
}

pub async fn submit(
    State(s): State<AppState>,
    ctx: PageContext,
    address: ClientAddress,
    PageAuth(user, _): PageAuth<Editor>,
    Path(id): Path<String>,
    form: Result<FormBody, ApiError>,
) -> Response {
    let pairs = match form {
        Ok(f) => f.0,
        Err(e) => return page(&s, &ctx, &id, None, Some(e)),
    };
    let result = async {
        let data = s.data();
        let entity = data
            .catalogue
            .entity(&id)
            .ok_or_else(|| ApiError::NotFound(format!("no entity {id:?}")))?;
        let proposal = form_proposal(entity, &pairs)?;
        let who = user.actor(&address);
        curation::propose(&s.store, &s.published, &who, proposal).await?;
        Ok::<(), ApiError>(())
    }
    .await;
    match result {
        Ok(()) => ctx.done("/review", "submitted"),
        // The editor's values stay in the form, with what was wrong.
        Err(e) => page(&s, &ctx, &id, Some(pairs), Some(e)),
    }
}

fn new_page(
    s: &AppState,
    ctx: &PageContext,
    fields: Vec<(String, String)>,
    error: Option<ApiError>,
) -> Response {
    let status = error.as_ref().map_or(StatusCode::OK, ApiError::status);
    let flash = error.map_or_else(Flash::default, |e| Flash::failed(e.public_message()));
    let basemap = basemap_href(&s.data().files_version);
    let html = new_entity_page(ctx.lang, &ctx.css, Fields(fields), &basemap, flash);
    ctx.page(status, html)
}

pub async fn new_form(
    State(s): State<AppState>,
    ctx: PageContext,
    _: PageAuth<Editor>,
) -> Response {
    new_page(&s, &ctx, Vec::new(), None)
}

pub async fn new_submit(
    State(s): State<AppState>,
    ctx: PageContext,
    address: ClientAddress,
    PageAuth(user, _): PageAuth<Editor>,
    form: Result<FormBody, ApiError>,
) -> Response {
    let pairs = match form {
        Ok(f) => f.0,
        Err(e) => return new_page(&s, &ctx, Vec::new(), Some(e)),
    };
    let result = async {
        let proposal = new_entity_proposal(&pairs)?;
        curation::propose(&s.store, &s.published, &user.actor(&address), proposal).await?;
        Ok::<(), ApiError>(())
    }
    .await;
    match result {
        Ok(()) => ctx.done("/review", "submitted"),
        Err(e) => new_page(&s, &ctx, pairs, Some(e)),
    }
}
