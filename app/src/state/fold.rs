//! A panel that is open or folded by default depending on the screen (CSS decides before
//! the wasm runs, so the first paint is right), until the user toggles it.
use leptos::prelude::*;

/// One foldable panel's state.
#[derive(Clone, Copy)]
pub struct Fold {
    /// What the user chose, if anything; `None` follows the screen.
    chosen: RwSignal<Option<bool>>,
    /// Whether the screen matches the panel's open-by-default media query (known only in
    /// the browser; the server renders `auto` and lets CSS decide).
    wide: RwSignal<bool>,
}

impl Fold {
    /// `open_from`: the media query on which the panel is open by default, the same one
    /// `style/main.css` uses for `[data-fold="auto"]`.
    pub fn new(open_from: &'static str) -> Fold {
        let fold = Fold {
            chosen: RwSignal::new(None),
            wide: RwSignal::new(false),
        };
        Effect::new(move |_| {
            let matches = window()
                .match_media(open_from)
                .ok()
                .flatten()
                .is_some_and(|m| m.matches());
            fold.wide.set(matches);
        });
        fold
    }

    /// `data-fold`: `open`, `closed`, or `auto` (the screen decides, in CSS). `forced` is
    /// what the URL says, if anything (e.g. `panel=filters`), and wins.
    pub fn attr(self, forced: Option<bool>) -> &'static str {
        match forced.or(self.chosen.get()) {
            Some(true) => "open",
            Some(false) => "closed",
            None => "auto",
        }
    }

    /// Whether it shows now (for `aria-expanded`).
    pub fn expanded(self, forced: Option<bool>) -> bool {
        forced
            .or(self.chosen.get())
            .unwrap_or_else(|| self.wide.get())
    }

    /// Folds it if it shows, opens it if not; returns whether it is open now.
    pub fn toggle(self, forced: Option<bool>) -> bool {
        let open = !self.expanded(forced);
        self.chosen.set(Some(open));
        open
    }
}
