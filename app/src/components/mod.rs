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
pub mod not_found;
pub mod print_sheet;
pub mod profile_nav;
pub mod result_list;
pub mod search_box;
pub mod sector_overview;
pub mod share_dialog;
