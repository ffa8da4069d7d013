//! Curation: suggestions (merge patches of an entity's properties) checked against the
//! catalogue's rules, reviewed, and published as revisions over the data files' baseline.
//! Plain functions here; the store keeps the rows, the routes only translate.
mod diff;
mod error;
mod feed;
mod history;
mod overlay;
mod patch;
mod propose;
mod publish;
mod queue;
mod revert;
mod review;
mod source;

#[cfg(test)]
mod tests;

pub use diff::diff;
pub use error::CurationError;
pub use feed::changes_feed;
pub use history::{history, HistoryEntry};
pub use overlay::overlay;
pub use patch::{apply, create, Datum};
pub use propose::{propose, rebase};
pub use publish::Published;
pub use queue::{suggestions, QueueFilter, SuggestionView, STATUSES};
pub use revert::revert;
pub use review::{approve, reject, Decision};
pub use source::{check_source, Proposal};
