//! Curation: suggestions (merge patches of an entity's properties) checked against the
//! catalogue's rules, reviewed, and published as revisions over the data files' baseline.
//! Plain functions here; the store keeps the rows, the routes only translate.
mod bulk;
mod bulk_row;
mod bulk_source;
mod bulk_table;
mod diff;
mod error;
mod feed;
mod form;
mod form_new;
mod form_pairs;
mod form_sites;
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

pub use bulk::{
    bulk_propose, yes_no, BulkReport, CellError, FileSource, Outcome, RowReport, Totals,
    MAX_FILE_BYTES, SOURCE_COLUMNS,
};
pub use diff::{diff, moves, SiteMove};
pub use error::CurationError;
pub use feed::changes_feed;
pub use form::{form_fields, form_proposal};
pub use form_new::new_entity_proposal;
pub use history::{history, HistoryEntry};
pub use overlay::overlay;
pub use patch::{apply, create, Datum};
pub use propose::{propose, rebase};
pub use publish::Published;
pub use queue::{suggestions, QueueFilter, SuggestionView, STATUSES};
pub use revert::revert;
pub use review::{approve, reject, Decision};
pub use source::{check_source, Proposal};
