//! One component per file.
pub mod atlas_page;
pub mod city_profile;
mod delegation;
pub mod detail_panel;
pub mod embed_page;
pub mod filter_panel;
pub mod header;
mod keep_focus;
pub mod lang_toggle;
pub(crate) mod lazy_view;
pub mod not_found;
pub mod plan_page;
mod plan_pane;
pub mod plan_reader;
#[cfg(feature = "hydrate")]
pub(crate) mod preload_drawn;
pub mod print_sheet;
pub mod profile_nav;
pub mod result_list;
pub mod search_box;
pub mod sector_overview;
pub mod share_body;
pub mod share_dialog;
