use leptos::html::Dialog;
use leptos::prelude::*;

use super::lazy_view::lazy_view;
use super::share_body::{share_body, ShareState};
use crate::model::{EmbedOptions, FramePreset};
use crate::state::use_view_state;
use crate::tr;

/// "Embed / share": the button and the dialog; what the dialog holds (`share_body.rs`) is
/// a wasm chunk of its own, loaded when it first opens. The embed options live here, so
/// they stay as chosen when the dialog is opened again.
#[component]
pub fn ShareDialog() -> impl IntoView {
    let view = use_view_state();
    let lang = move || view.state.with(|s| s.lang);
    let dialog = NodeRef::<Dialog>::new();
    let open = RwSignal::new(false);
    // Absolute links need the page's origin, known only in the browser; the dialog's body
    // is rendered only once opened, so the server never renders relative ones.
    let origin = RwSignal::new(String::new());
    let embed = RwSignal::new(EmbedOptions::default());
    let preset = RwSignal::new(FramePreset::default());
    let status = RwSignal::new(None::<&'static str>);
    let show = move |_| {
        origin.set(window().location().origin().unwrap_or_default());
        status.set(None);
        open.set(true);
        if let Some(d) = dialog.get_untracked() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    let state = ShareState {
        origin,
        embed,
        preset,
        status,
    };
    let body = move || {
        let lang = view.state.with_untracked(|v| v.lang);
        view! {
            <div class="share-head">
                <h2 id="share-title">{tr!(lang, share.dialog_title)}</h2>
                <button type="button" class="share-close" on:click=close aria-label=tr!(lang, close)>"×"</button>
            </div>
            {lazy_view(Box::pin(share_body(state)))}
        }
    };
    view! {
        <button type="button" class="share-button" on:click=show aria-haspopup="dialog">
            {move || tr!(lang(), share.open_button)}
        </button>
        <dialog class="share-dialog" node_ref=dialog on:close=move |_| open.set(false) aria-labelledby="share-title">
            <Show when=move || open.get()>{body}</Show>
        </dialog>
    }
}
