//! `/login`, `/logout`, `/account`: HTML forms over the same account operations as the
//! JSON API (`auth::accounts`).
use app::model::Lang;
use app::tr;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth_extract::{ClientAddress, SignedInUser};
use super::form_body::FormBody;
use super::page_auth::{PageContext, PageSignedIn};
use super::ApiError;
use crate::auth::{accounts, session};
use crate::pages::{account_page, login_page, Flash};
use crate::state::AppState;

/// `?done=` of a page after a successful post: one of a fixed set of notices.
#[derive(Deserialize, Default)]
pub struct Done {
    done: Option<String>,
}

pub fn notice(lang: Lang, done: &Done) -> Option<&'static str> {
    Some(match done.done.as_deref()? {
        "password_changed" => tr!(lang, account.password_changed),
        "signed_out" => tr!(lang, account.signed_out),
        "user_added" => tr!(lang, account.user_added),
        "user_changed" => tr!(lang, account.user_changed),
        "submitted" => tr!(lang, review.submitted),
        "approved" => tr!(lang, review.approved),
        "rejected" => tr!(lang, review.rejected),
        "rebased" => tr!(lang, review.rebased),
        "reverted" => tr!(lang, review.reverted),
        _ => return None,
    })
}

pub async fn login_form(
    ctx: PageContext,
    signed: Result<SignedInUser, ApiError>,
    Query(done): Query<Done>,
) -> Response {
    if signed.is_ok() {
        return Redirect::to(&ctx.lang.href("/account")).into_response();
    }
    let flash = Flash {
        notice: notice(ctx.lang, &done),
        error: None,
    };
    ctx.page(StatusCode::OK, login_page(ctx.lang, &ctx.css, flash))
}

pub async fn login(
    State(s): State<AppState>,
    ctx: PageContext,
    address: ClientAddress,
    form: Result<FormBody, ApiError>,
) -> Response {
    let who = accounts::Actor {
        name: None,
        address: address.0,
    };
    let result = match form {
        Ok(f) => accounts::login(&s.store, &f.field("name"), &f.field("password"), &who)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    match result {
        Ok((_, token)) => {
            let to = Redirect::to(&ctx.lang.href("/account"));
            ([session::set_cookie(&s.auth, &token)], to).into_response()
        }
        Err(e) => {
            let status = e.status();
            let flash = Flash::failed(e.public_message());
            ctx.page(status, login_page(ctx.lang, &ctx.css, flash))
        }
    }
}

pub async fn logout(
    State(s): State<AppState>,
    ctx: PageContext,
    address: ClientAddress,
    PageSignedIn(signed): PageSignedIn,
) -> Response {
    match accounts::logout(&s.store, &signed, &signed.actor(&address)).await {
        Ok(()) => (
            [session::clear_cookie(&s.auth)],
            ctx.done("/login", "signed_out"),
        )
            .into_response(),
        Err(e) => ctx.refusal(e.into()),
    }
}

pub async fn account(
    ctx: PageContext,
    PageSignedIn(signed): PageSignedIn,
    Query(done): Query<Done>,
) -> Response {
    let flash = Flash {
        notice: notice(ctx.lang, &done),
        error: None,
    };
    let html = account_page(ctx.lang, &ctx.css, &signed.user.info(), flash);
    ctx.page(StatusCode::OK, html)
}

pub async fn change_password(
    State(s): State<AppState>,
    ctx: PageContext,
    address: ClientAddress,
    PageSignedIn(signed): PageSignedIn,
    form: Result<FormBody, ApiError>,
) -> Response {
    let who = signed.actor(&address);
    let result = match form {
        Ok(f) => accounts::change_password(
            &s.store,
            &signed,
            &f.field("current_password"),
            &f.field("new_password"),
            &who,
        )
        .await
        .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => ctx.done("/account", "password_changed"),
        Err(e) => {
            let flash = Flash::failed(e.public_message());
            let html = account_page(ctx.lang, &ctx.css, &signed.user.info(), flash);
            ctx.page(e.status(), html)
        }
    }
}
