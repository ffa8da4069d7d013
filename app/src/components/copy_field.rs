use leptos::html::Textarea;
use leptos::prelude::*;

use crate::i18n::ShareStrings;

/// A read-only text (a link or a snippet) with a Copy button. Where the clipboard API is
/// missing (plain-HTTP sites) or refused, the text is selected for Ctrl+C instead.
#[component]
pub fn CopyField(
    id: &'static str,
    label: &'static str,
    value: Signal<String>,
    #[prop(default = 2)] rows: u32,
    /// Where "Copied" is announced (one live region for the dialog).
    status: RwSignal<Option<&'static str>>,
    strings: &'static ShareStrings,
) -> impl IntoView {
    let field = NodeRef::<Textarea>::new();
    let on_copy = move |_| {
        let text = value.get_untracked();
        let (done, manual) = (strings.copied, strings.copy_manually);
        let select = move || {
            if let Some(el) = field.get_untracked() {
                el.select();
            }
            status.set(Some(manual));
        };
        copy_text(text, move |ok| {
            if ok {
                status.set(Some(done));
            } else {
                select();
            }
        });
    };
    view! {
        <div class="copy-field">
            <label for=id>{label}</label>
            <div class="copy-row">
                <textarea id=id node_ref=field readonly rows=rows prop:value=value spellcheck="false"></textarea>
                <button type="button" class="copy-button" on:click=on_copy aria-describedby=id>
                    {strings.copy}
                </button>
            </div>
        </div>
    }
}

/// Writes `text` to the clipboard and reports whether it worked.
#[cfg(feature = "hydrate")]
fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        done(false);
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    leptos::task::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

#[cfg(not(feature = "hydrate"))]
fn copy_text(_text: String, done: impl FnOnce(bool) + 'static) {
    done(false);
}
