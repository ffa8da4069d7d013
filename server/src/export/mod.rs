//! Exports of a filtered set of entities as tables (CSV, XLSX): one row per entity,
//! plain values so spreadsheets sort and filter them.
mod table;

pub use table::{to_csv, to_xlsx, ExportError, COLUMNS};
