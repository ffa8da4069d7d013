//! `/entities/{id}/history` (anyone: the history is public, as in the API) and its revert
//! form (reviewers).
use app::model::Role;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::account_pages::{notice, Done};
use super::auth_extract::{ClientAddress, Reviewer, SignedInUser};
use super::dates::minute_of;
use super::form_body::FormBody;
use super::page_auth::{PageAuth, PageContext};
use super::ApiError;
use crate::curation;
use crate::pages::{history_page, Flash, HistoryView};
use crate::state::AppState;

async fn history_html(
    s: &AppState,
    ctx: &PageContext,
    id: &str,
    can_revert: bool,
    flash: Flash,
) -> Result<String, ApiError> {
    let Some(entries) = curation::history(&s.store, &s.published, id).await? else {
        return Err(ApiError::NotFound(format!("no entity {id:?}")));
    };
    let data = s.data();
    let current = data.catalogue.entity(id);
    let name = current.map_or_else(
        || id.to_owned(),
        |e| {
            ctx.lang
                .pick(&e.props.name_zh, &e.props.name_en)
                .0
                .to_owned()
        },
    );
    let view = HistoryView {
        id: id.to_owned(),
        name,
        current: current.map_or(0, |e| e.props.revision),
        can_revert,
        entries: entries
            .into_iter()
            .map(|e| {
                let when = e.at.map(minute_of).unwrap_or_default();
                (e, when)
            })
            .collect(),
    };
    Ok(history_page(ctx.lang, &ctx.css, view, flash))
}

pub async fn history(
    State(s): State<AppState>,
    ctx: PageContext,
    signed: Result<SignedInUser, ApiError>,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Response {
    let can_revert = signed.is_ok_and(|SignedInUser(u)| u.user.role.includes(Role::Reviewer));
    let flash = Flash {
        notice: notice(ctx.lang, &done),
        error: None,
    };
    match history_html(&s, &ctx, &id, can_revert, flash).await {
        Ok(html) => ctx.page(StatusCode::OK, html),
        Err(e) => ctx.refusal(e),
    }
}

pub async fn revert(
    State(s): State<AppState>,
    ctx: PageContext,
    address: ClientAddress,
    PageAuth(user, _): PageAuth<Reviewer>,
    Path(id): Path<String>,
    form: Result<FormBody, ApiError>,
) -> Response {
    let result = async {
        let f = form?;
        let revision = f.field("revision");
        let revision = revision.parse::<u64>().map_err(|_| {
            app::model::params::ParamError::new("revision", format!("{revision:?}"))
        })?;
        let who = user.actor(&address);
        curation::revert(
            &s.store,
            &s.published,
            &who,
            &id,
            revision,
            &f.field("reason"),
        )
        .await?;
        Ok::<(), ApiError>(())
    }
    .await;
    let path = format!("/entities/{id}/history");
    let e = match result {
        Ok(()) => return ctx.done(&path, "reverted"),
        Err(e) => e,
    };
    let flash = Flash::failed(e.public_message());
    match history_html(&s, &ctx, &id, true, flash).await {
        Ok(html) => ctx.page(e.status(), html),
        Err(e) => ctx.refusal(e),
    }
}
