//! The view's state lives entirely in the URL query, so reloading or sharing a link shows
//! the same view, and back/forward step through changes.
mod embed_options;
mod in_view;
mod page_url;
mod share_links;
mod url_state;
mod view_state;

pub use embed_options::EmbedOptions;
pub use in_view::{provide_view_bbox, ViewBbox};
pub use page_url::PageUrl;
pub use share_links::{export_href, iframe_snippet, render_href, FramePreset, IMAGE_SIZES};
pub use url_state::{use_view_state, ViewStateHandle};
pub use view_state::{query_pairs, Panel, ViewState, Viewport};
