//! The account pages: sign in, one's account, users and the audit log (admins). Rendered on
//! the server as plain HTML forms that post back to it: they run no script, and nothing of
//! them is in the map's wasm, so anonymous visitors never load editing code.
mod account;
mod audit;
mod document;
mod login;
mod users;

pub use account::account_page;
pub use audit::{audit_page, AuditQuery, AuditRow};
pub use document::{document, message_page};
pub use login::login_page;
pub use users::users_page;

use app::model::Lang;

/// What a page says above its forms: the outcome of the last post.
#[derive(Clone, Debug, Default)]
pub struct Flash {
    pub notice: Option<&'static str>,
    pub error: Option<String>,
}

/// `path` in `lang` (the pages carry the language in the URL, as the map does).
pub fn href(path: &str, lang: Lang) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    match lang {
        Lang::Zh => path.to_owned(),
        Lang::En => format!("{path}{sep}lang=en"),
    }
}
