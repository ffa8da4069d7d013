//! The share dialog's body, in a wasm chunk of its own (`#[lazy]`): from the current view,
//! the share link, the iframe code (with embed options and frame presets) and the
//! server-rendered image and data links. It is markup written by `crate::markup` (events
//! by delegation), which keeps the wasm small; only the status line is a view.
use leptos::prelude::*;

use crate::markup::{share_controls, share_outputs, ShareLinks};
use crate::model::params::ImageSize;
use crate::model::{export_href, iframe_snippet, render_href, EmbedOptions, FramePreset, Lang};
use crate::state::use_view_state;
use crate::tr;

/// What the dialog keeps while closed: the page's origin and the options chosen.
#[derive(Clone, Copy)]
pub struct ShareState {
    pub origin: RwSignal<String>,
    pub embed: RwSignal<EmbedOptions>,
    pub preset: RwSignal<FramePreset>,
    pub status: RwSignal<Option<&'static str>>,
}

#[lazy]
pub fn share_body(state: ShareState) -> AnyView {
    view! { <ShareBody state /> }.into_any()
}

#[component]
fn ShareBody(state: ShareState) -> impl IntoView {
    let view = use_view_state();
    let lang = move || view.state.with(|s| s.lang);
    let ShareState {
        origin,
        embed,
        preset,
        status,
    } = state;
    let links = move || {
        let o = origin.get();
        let (e, p, lang) = (embed.get(), preset.get(), lang());
        view.state.with(|v| {
            let embed_url = format!("{o}{}", v.embed_href(&e));
            let title = e
                .title
                .clone()
                .unwrap_or_else(|| tr!(lang, share.iframe_title).to_string());
            ShareLinks {
                share: format!("{o}{}", v.href()),
                snippet: iframe_snippet(&embed_url, p, &title),
                embed: embed_url,
                images: ImageSize::ALL
                    .iter()
                    .map(|z| {
                        let url = |ext| format!("{o}{}", render_href(v, &e, ext, *z));
                        (url("png"), url("svg"))
                    })
                    .collect(),
                data: ["csv", "xlsx", "geojson"].map(|ext| export_href(v, ext)),
            }
        })
    };
    let on_option = move |ev: leptos::ev::Event| {
        let input = event_target::<leptos::web_sys::HtmlInputElement>(&ev);
        let (name, value, checked) = (input.name(), input.value(), input.checked());
        match name.as_str() {
            "frame-preset" => {
                if let Some(p) = value
                    .parse()
                    .ok()
                    .and_then(|i: usize| FramePreset::ALL.get(i))
                {
                    preset.set(*p);
                }
            }
            "title" => embed.update(|e| {
                let _ = e.set("title", &value);
            }),
            flag => embed.update(|e| {
                let _ = e.set(flag, if checked { "1" } else { "0" });
            }),
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let button = event_target::<leptos::web_sys::Element>(&ev);
        if button.get_attribute("data-action").as_deref() == Some("print") {
            let _ = window().print();
        }
        if let Some(id) = button.get_attribute("data-copy") {
            copy_from(&id, status, lang());
        }
    };
    let lang = view.state.with_untracked(|v| v.lang);
    let controls = share_controls(lang, &embed.get_untracked(), preset.get_untracked());
    view! {
        <div class="share-form" on:input=on_option on:change=on_option inner_html=controls></div>
        <div class="share-outputs" on:click=on_click inner_html=move || share_outputs(lang, &links())></div>
        <p class="copy-status" role="status" aria-live="polite">{move || status.get()}</p>
    }
}

/// Copies the text of the textarea `id`. Where the clipboard API is missing (plain-HTTP
/// sites) or refused, the text is selected for Ctrl+C instead.
fn copy_from(id: &str, status: RwSignal<Option<&'static str>>, lang: Lang) {
    use leptos::wasm_bindgen::JsCast;
    let Some(field) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<leptos::web_sys::HtmlTextAreaElement>().ok())
    else {
        return;
    };
    #[cfg(feature = "hydrate")]
    let text = field.value();
    let select = move || {
        field.select();
        status.set(Some(tr!(lang, share.copy_manually)));
    };
    #[cfg(feature = "hydrate")]
    {
        let navigator = window().navigator();
        let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
            .is_ok_and(|c| !c.is_undefined() && !c.is_null());
        if has_clipboard {
            let promise = navigator.clipboard().write_text(&text);
            leptos::task::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => status.set(Some(tr!(lang, share.copied))),
                    Err(_) => select(),
                }
            });
            return;
        }
    }
    select();
}
