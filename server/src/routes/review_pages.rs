//! `/review`: the queue page (editors and reviewers) and its decisions as HTML forms over
//! the same curation functions as the JSON API.
use app::model::params::query_pairs;
use axum::extract::{Path, Query, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::account_pages::{notice, Done};
use super::auth_extract::{ClientAddress, Editor, Reviewer};
use super::curation_api::queue_filter;
use super::dates::minute_of;
use super::form_body::FormBody;
use super::page_auth::{PageAuth, PageContext};
use super::ApiError;
use crate::auth::SignedIn;
use crate::curation::{self, moves};
use crate::pages::{queue_page, Flash, QueueForm, QueueItem, Viewer};
use crate::render::move_map;
use crate::state::AppState;

/// The queue's filter from the page's URL: empty fields mean any; pending by default.
fn filter_of(query: &str) -> (QueueForm, Vec<(String, String)>) {
    let mut pairs: Vec<_> = query_pairs(query)
        .into_iter()
        .filter(|(k, v)| !v.is_empty() && k != "lang" && k != "done")
        .collect();
    if !pairs.iter().any(|(k, _)| k == "status") {
        pairs.push(("status".into(), "pending".into()));
    }
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let form = QueueForm {
        city: get("city"),
        sector: get("sector"),
        author: get("author"),
        status: get("status"),
    };
    (form, pairs)
}

async fn queue_html(
    s: &AppState,
    ctx: &PageContext,
    user: &SignedIn,
    query: &str,
    flash: Flash,
) -> Result<String, ApiError> {
    let (form, pairs) = filter_of(query);
    let found = curation::suggestions(&s.store, &queue_filter(pairs)?).await?;
    let data = s.data();
    let items = found
        .into_iter()
        .map(|sv| {
            let current = data.catalogue.entity(&sv.entity_id);
            let name = current.map_or_else(
                || {
                    let n = |k: &str| sv.changes[k].as_str().unwrap_or_default().to_owned();
                    let (zh, en) = (n("name_zh"), n("name_en"));
                    ctx.lang.pick(&zh, &en).0.to_owned()
                },
                |e| {
                    ctx.lang
                        .pick(&e.props.name_zh, &e.props.name_en)
                        .0
                        .to_owned()
                },
            );
            let moved = moves(&sv.diff);
            QueueItem {
                stale: current.is_some_and(|e| e.props.revision as i64 != sv.base_revision),
                map: (!moved.is_empty()).then(|| move_map(&data.basemap, &moved, ctx.lang)),
                when: minute_of(sv.created_at),
                name,
                suggestion: sv,
            }
        })
        .collect();
    let viewer = Viewer {
        name: user.user.name.clone(),
        can_review: user.user.role.includes(app::model::Role::Reviewer),
    };
    Ok(queue_page(
        ctx.lang,
        &ctx.css,
        &viewer,
        (&form, items),
        flash,
    ))
}

pub async fn queue(
    State(s): State<AppState>,
    ctx: PageContext,
    PageAuth(user, _): PageAuth<Editor>,
    RawQuery(query): RawQuery,
    Query(done): Query<Done>,
) -> Response {
    let flash = Flash {
        notice: notice(ctx.lang, &done),
        error: None,
    };
    let query = query.unwrap_or_default();
    match queue_html(&s, &ctx, &user, &query, flash).await {
        Ok(html) => ctx.page(StatusCode::OK, html),
        Err(e) => ctx.refusal(e),
    }
}

/// After a decision: back to the queue with its notice, or the queue with the error.
async fn after(
    s: &AppState,
    ctx: &PageContext,
    user: &SignedIn,
    result: Result<(), ApiError>,
    done: &str,
) -> Response {
    let e = match result {
        Ok(()) => return ctx.done("/review", done),
        Err(e) => e,
    };
    let flash = Flash::failed(e.public_message());
    match queue_html(s, ctx, user, "", flash).await {
        Ok(html) => ctx.page(e.status(), html),
        Err(e) => ctx.refusal(e),
    }
}

/// Approving and rejecting: the same form (a comment), two outcomes.
async fn decide(
    (s, ctx, address): (AppState, PageContext, ClientAddress),
    user: SignedIn,
    id: String,
    form: Result<FormBody, ApiError>,
    approve: bool,
) -> Response {
    let result = async {
        let comment = form?.field("comment");
        let who = user.actor(&address);
        if approve {
            curation::approve(&s.store, &s.published, &who, &id, &comment).await?;
        } else {
            curation::reject(&s.store, &who, &id, &comment).await?;
        }
        Ok::<(), ApiError>(())
    }
    .await;
    let done = if approve { "approved" } else { "rejected" };
    after(&s, &ctx, &user, result, done).await
}

pub async fn approve(
    State(s): State<AppState>,
    ctx: PageContext,
    address: ClientAddress,
    PageAuth(user, _): PageAuth<Reviewer>,
    Path(id): Path<String>,
    form: Result<FormBody, ApiError>,
) -> Response {
    decide((s, ctx, address), user, id, form, true).await
}

pub async fn reject(
    State(s): State<AppState>,
    ctx: PageContext,
    address: ClientAddress,
    PageAuth(user, _): PageAuth<Reviewer>,
    Path(id): Path<String>,
    form: Result<FormBody, ApiError>,
) -> Response {
    decide((s, ctx, address), user, id, form, false).await
}

pub async fn rebase(
    State(s): State<AppState>,
    ctx: PageContext,
    address: ClientAddress,
    PageAuth(user, _): PageAuth<Editor>,
    Path(id): Path<String>,
) -> Response {
    let who = user.actor(&address);
    let result = curation::rebase(&s.store, &s.published, &who, &id)
        .await
        .map(|_| ())
        .map_err(ApiError::from);
    after(&s, &ctx, &user, result, "rebased").await
}
