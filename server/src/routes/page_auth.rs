//! What the account pages need from a request: the language, the stylesheet, and the
//! signed-in user, checked by role here (a missing session goes to the sign-in page, a
//! role too low gets a 403 page), never in the handlers.
use app::model::{params::query_pairs, Lang};
use app::tr;
use axum::extract::FromRequestParts;
use axum::http::{request::Parts, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::auth_extract::{Auth, Needs, SignedInUser};
use super::ApiError;
use crate::auth::SignedIn;
use crate::pages::message_page;
use crate::state::AppState;

/// The page's language (`lang=en`, else Chinese) and stylesheet.
#[derive(Clone, Debug)]
pub struct PageContext {
    pub lang: Lang,
    pub css: String,
}

impl PageContext {
    pub fn of(parts: &Parts, s: &AppState) -> PageContext {
        let lang = query_pairs(parts.uri.query().unwrap_or_default())
            .iter()
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| Lang::parse(v).ok())
            .unwrap_or_default();
        let o = &s.leptos_options;
        PageContext {
            lang,
            css: format!("/{}/{}.css", o.site_pkg_dir, o.output_name),
        }
    }

    /// A failed request as a page: sign in first, or why it is refused.
    pub fn refusal(&self, e: ApiError) -> Response {
        match e {
            ApiError::Unauthorized(_) => Redirect::to(&self.lang.href("/login")).into_response(),
            e => {
                let title = tr!(self.lang, account.account);
                let page = message_page(self.lang, &self.css, title, e.public_message());
                (e.status(), Html(page)).into_response()
            }
        }
    }

    /// `path` with `done=` (a fixed notice, never user text) in this page's language.
    pub fn done(&self, path: &str, notice: &str) -> Response {
        let url = self.lang.href(&format!("{path}?done={notice}"));
        Redirect::to(&url).into_response()
    }

    /// A page with its status.
    pub fn page(&self, status: StatusCode, html: String) -> Response {
        (status, Html(html)).into_response()
    }
}

impl FromRequestParts<AppState> for PageContext {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Self::Rejection> {
        Ok(PageContext::of(parts, s))
    }
}

/// A signed-in user with `R`'s role, for a page.
pub struct PageAuth<R: Needs>(pub SignedIn, pub std::marker::PhantomData<R>);

/// Any signed-in user, for a page (even one who must change a reset password).
pub struct PageSignedIn(pub SignedIn);

impl<R: Needs> FromRequestParts<AppState> for PageAuth<R> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Response> {
        match Auth::<R>::from_request_parts(parts, s).await {
            Ok(Auth(user, _)) => Ok(PageAuth(user, std::marker::PhantomData)),
            Err(e) => Err(PageContext::of(parts, s).refusal(e)),
        }
    }
}

impl FromRequestParts<AppState> for PageSignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Response> {
        match SignedInUser::from_request_parts(parts, s).await {
            Ok(SignedInUser(user)) => Ok(PageSignedIn(user)),
            Err(e) => Err(PageContext::of(parts, s).refusal(e)),
        }
    }
}
