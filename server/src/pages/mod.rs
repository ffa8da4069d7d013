//! The account and curation pages: sign in, one's account, users and the audit log
//! (admins), the review queue, an entity's history and the suggest form. Rendered on the
//! server as plain HTML forms that post back to it; nothing of them is in the map's wasm,
//! so anonymous visitors never load editing code. Only the suggest form runs a script (its
//! map picker), and the form works without it.
mod account;
mod audit;
mod bulk;
mod diff_view;
mod document;
mod history;
mod login;
mod picker;
mod review_queue;
mod suggest;
mod suggest_new;
mod users;

pub use account::account_page;
pub use audit::{audit_page, AuditQuery, AuditRow};
pub use bulk::bulk_page;
pub use document::{document, message_page};
pub use history::{history_page, HistoryView};
pub use login::login_page;
pub use picker::Fields;
pub use review_queue::{queue_page, QueueForm, QueueItem, Viewer};
pub use suggest::{suggest_page, SuggestView};
pub use suggest_new::new_entity_page;
pub use users::users_page;

/// What a page says above its forms: the outcome of the last post.
#[derive(Clone, Debug, Default)]
pub struct Flash {
    pub notice: Option<&'static str>,
    pub error: Option<String>,
}

impl Flash {
    /// A refused post: what was wrong, as the person who sent it may read it.
    pub fn failed(message: String) -> Flash {
        Flash {
            notice: None,
            error: Some(message),
        }
    }
}
