use leptos::prelude::*;
use leptos_router::{
    hooks::{use_location, use_navigate, use_query_map},
    NavigateOptions,
};

use super::ViewState;

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

/// The handle for the current route; must be called below the `<Router>`.
pub fn use_view_state() -> ViewStateHandle {
    if let Some(handle) = use_context::<ViewStateHandle>() {
        return handle;
    }
    let query = use_query_map();
    let state = Memo::new(move |_| {
        let pairs: Vec<(String, String)> = query.with(|q| {
            q.into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        });
        ViewState::from_pairs(&pairs)
    });
    let go = use_navigate();
    // Stay on the page in use: the full map (`/`) or the embedded one (`/embed`).
    let path = use_location().pathname;
    let navigate = Callback::new(move |(next, replace): (ViewState, bool)| {
        go(
            &next.href_at(&path.get_untracked()),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        )
    });
    let handle = ViewStateHandle {
        state,
        hovered: RwSignal::new(None),
        navigate,
    };
    provide_context(handle);
    handle
}
