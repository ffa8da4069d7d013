//! One component per file.
pub mod header;
pub mod not_found;
