//! A page's reactive state. The view itself lives entirely in the URL query
//! ([`crate::model::ViewState`]), so reloading or sharing a link shows the same view and
//! back/forward step through changes; what the page loads for it is [`AtlasData`].
mod address_bar;
mod atlas_data;
mod fold;
mod staff_view;
mod view_bbox;
mod view_handle;

#[cfg(feature = "hydrate")]
pub use address_bar::current as page_url;
pub use address_bar::AddressBar;
pub use atlas_data::{provide_atlas_data, use_atlas_data, AtlasData};
pub use fold::Fold;
#[cfg(feature = "hydrate")]
pub use staff_view::meta;
pub use staff_view::provide_staff_view;
pub use view_bbox::{provide_view_bbox, ViewBbox};
pub use view_handle::{use_view_state, ViewStateHandle};
