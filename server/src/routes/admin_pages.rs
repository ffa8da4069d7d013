//! `/admin/users` and `/admin/audit` (admins only): HTML forms over `auth::accounts`.
use app::model::params::encode_pairs;
use app::model::Role;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::account_pages::{notice, Done};
use super::auth_extract::{Admin, ClientAddress};
use super::dates::minute_of;
use super::form_body::FormBody;
use super::page_auth::{PageAuth, PageContext};
use super::params::Params;
use super::users_api::{audit_filter, AUDIT_PAGE};
use super::ApiError;
use crate::auth::admin;
use crate::pages::{audit_page, users_page, AuditQuery, AuditRow, Flash};
use crate::state::AppState;

async fn users_html(s: &AppState, ctx: &PageContext, flash: Flash) -> Result<String, ApiError> {
    let users = admin::list_users(&s.store).await?;
    let rows: Vec<_> = users
        .into_iter()
        .map(|u| {
            let created = minute_of(u.created_at);
            (u, created)
        })
        .collect();
    Ok(users_page(ctx.lang, &ctx.css, &rows, flash))
}

/// Shows the users page after a post: its notice, or its error with the error's status.
async fn after(
    s: &AppState,
    ctx: &PageContext,
    result: Result<(), ApiError>,
    done: &str,
) -> Response {
    let (status, flash) = match result {
        Ok(()) => return ctx.done("/admin/users", done),
        Err(e) => (e.status(), Flash::failed(e.public_message())),
    };
    match users_html(s, ctx, flash).await {
        Ok(html) => ctx.page(status, html),
        Err(e) => ctx.refusal(e),
    }
}

pub async fn users(
    State(s): State<AppState>,
    ctx: PageContext,
    _: PageAuth<Admin>,
    Query(done): Query<Done>,
) -> Response {
    let flash = Flash {
        notice: notice(ctx.lang, &done),
        error: None,
    };
    match users_html(&s, &ctx, flash).await {
        Ok(html) => ctx.page(StatusCode::OK, html),
        Err(e) => ctx.refusal(e),
    }
}

pub async fn add_user(
    State(s): State<AppState>,
    ctx: PageContext,
    address: ClientAddress,
    PageAuth(admin, _): PageAuth<Admin>,
    form: Result<FormBody, ApiError>,
) -> Response {
    let who = admin.actor(&address);
    let result = async {
        let f = form?;
        let role = Role::parse("role", &f.field("role"))?;
        admin::add_user(&s.store, &f.field("name"), role, &f.field("password"), &who).await?;
        Ok(())
    }
    .await;
    after(&s, &ctx, result, "user_added").await
}

pub async fn change_user(
    State(s): State<AppState>,
    ctx: PageContext,
    address: ClientAddress,
    PageAuth(admin, _): PageAuth<Admin>,
    Path(name): Path<String>,
    form: Result<FormBody, ApiError>,
) -> Response {
    let who = admin.actor(&address);
    let result = async {
        let f = form?;
        let mut change = admin::AccountChange::default();
        match f.field("op").as_str() {
            "role" => change.role = Some(Role::parse("role", &f.field("role"))?),
            "disable" => change.disabled = Some(true),
            "enable" => change.disabled = Some(false),
            "reset" => change.reset_password = Some(f.field("reset_password")),
            other => {
                let msg = format!("unknown change {other:?}");
                return Err(app::model::ParamError::new("op", msg).into());
            }
        }
        admin::change_user(&s.store, &name, change, &who).await?;
        Ok(())
    }
    .await;
    after(&s, &ctx, result, "user_changed").await
}

pub async fn audit(
    State(s): State<AppState>,
    ctx: PageContext,
    _: PageAuth<Admin>,
    Params(pairs): Params,
) -> Response {
    let value = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let mut query = AuditQuery {
        user: value("user"),
        action: value("action"),
        from: value("from"),
        to: value("to"),
        older: None,
    };
    let result = async {
        let filter = audit_filter(&pairs)?;
        let entries = admin::audit_log(&s.store, &filter).await?;
        if entries.len() == AUDIT_PAGE {
            let mut next: Vec<(String, String)> = pairs
                .iter()
                .filter(|(k, _)| k != "offset" && k != "lang")
                .cloned()
                .collect();
            next.push((
                "offset".into(),
                (filter.offset + AUDIT_PAGE as i64).to_string(),
            ));
            query.older = Some(encode_pairs(&next));
        }
        Ok::<_, ApiError>(entries)
    }
    .await;
    let (status, rows, error) = match result {
        Ok(entries) => (StatusCode::OK, entries, None),
        Err(e) => (e.status(), Vec::new(), Some(e.public_message())),
    };
    let rows = rows
        .into_iter()
        .map(|e| AuditRow {
            when: minute_of(e.at),
            actor: e.actor.unwrap_or_else(|| "—".into()),
            action: e.action,
            target: e.target.unwrap_or_default(),
            address: e.address,
            detail: e.detail,
        })
        .collect();
    ctx.page(status, audit_page(ctx.lang, &ctx.css, rows, query, error))
}
