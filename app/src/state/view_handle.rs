use leptos::prelude::*;

use super::AddressBar;
use crate::model::params::query_pairs;
use crate::model::ViewState;

/// Read the view state (a memo over the URL) and change it (by navigating).
#[derive(Clone, Copy)]
pub struct ViewStateHandle {
    pub state: Memo<ViewState>,
    /// The entity under the pointer (list row or marker): transient, so not in the URL.
    pub hovered: RwSignal<Option<String>>,
    navigate: Callback<(ViewState, bool)>,
}

impl ViewStateHandle {
    /// Applies `change` and navigates. `replace` keeps history clean for continuous
    /// changes (panning the map); discrete choices (filters, selection) push an entry so
    /// back/forward step through them.
    pub fn update(&self, replace: bool, change: impl FnOnce(&mut ViewState)) {
        let mut next = self.state.get_untracked();
        change(&mut next);
        if next != self.state.get_untracked() {
            self.navigate.run((next, replace));
        }
    }
}

/// The handle for the page's URL (provided once, then shared).
pub fn use_view_state() -> ViewStateHandle {
    if let Some(handle) = use_context::<ViewStateHandle>() {
        return handle;
    }
    let url = use_context::<AddressBar>().unwrap_or_else(AddressBar::provide);
    let state = Memo::new(move |_| url.query.with(|q| ViewState::from_pairs(&query_pairs(q))));
    // Stay on the page in use: the full map (`/`) or the embedded one (`/embed`).
    let navigate = Callback::new(move |(next, replace): (ViewState, bool)| {
        url.go(&url.path.with_value(|p| next.href_at(p)), replace)
    });
    let handle = ViewStateHandle {
        state,
        hovered: RwSignal::new(None),
        navigate,
    };
    provide_context(handle);
    handle
}
