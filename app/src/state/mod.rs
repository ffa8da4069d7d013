//! The view's state lives entirely in the URL query, so reloading or sharing a link shows
//! the same view, and back/forward step through changes.
mod url_state;
mod view_state;

pub use url_state::{use_view_state, ViewStateHandle};
pub use view_state::{Panel, ViewState, Viewport};
