use leptos::html::Dialog;
use leptos::prelude::*;

use super::copy_field::CopyField;
use crate::i18n::ShareStrings;
use crate::state::{
    export_href, iframe_snippet, render_href, use_view_state, EmbedOptions, FramePreset,
    IMAGE_SIZES,
};

/// "Embed / share": builds, from the current view, the share link, the iframe code (with
/// embed options and frame presets) and the server-rendered image and data links.
#[component]
pub fn ShareDialog() -> impl IntoView {
    let view = use_view_state();
    let t = move || -> &'static ShareStrings { &view.state.with(|s| s.lang).strings().share };
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
    let absolute = move |path: String| format!("{}{path}", origin.get());
    let share_url = Signal::derive(move || absolute(view.state.with(|s| s.href())));
    let embed_url =
        Signal::derive(move || absolute(view.state.with(|s| s.embed_href(&embed.get()))));
    let snippet = Signal::derive(move || {
        let title = embed.with(|e| e.title.clone());
        let title = title.unwrap_or_else(|| t().iframe_title.to_string());
        iframe_snippet(&embed_url.get(), preset.get(), &title)
    });
    let image = move |ext: &'static str, size: &'static str| {
        move || {
            absolute(
                view.state
                    .with(|s| embed.with(|e| render_href(s, e, ext, size))),
            )
        }
    };
    let data = move |ext: &'static str| move || view.state.with(|s| export_href(s, ext));
    let flag = move |label: &'static str,
                     get: fn(&EmbedOptions) -> bool,
                     set: fn(&mut EmbedOptions, bool)| {
        view! {
            <label class="share-flag">
                <input
                    type="checkbox"
                    prop:checked=move || embed.with(get)
                    on:change=move |ev| embed.update(|e| set(e, event_target_checked(&ev)))
                />
                {label}
            </label>
        }
    };
    // Built when the dialog opens, in the language of that moment: plain text rather than a
    // reactive node per label keeps the wasm small.
    let body = move || {
        let s = t();
        let close_label = view.state.with_untracked(|v| v.lang).strings().close;
        let presets = FramePreset::ALL.into_iter().zip(s.presets).map(|(p, label)| {
            view! {
                <label class="share-preset">
                    <input type="radio" name="frame-preset" prop:checked=move || preset.get() == p on:change=move |_| preset.set(p) />
                    {label}
                </label>
            }
        }).collect_view();
        let images = IMAGE_SIZES.into_iter().zip(s.image_sizes).map(|(size, label)| {
            view! {
                <li data-size=size>
                    <span>{label}</span>
                    " "<a href=image("png", size) target="_blank" rel="noopener" download>"PNG"</a>
                    " · "<a href=image("svg", size) target="_blank" rel="noopener" download>"SVG"</a>
                </li>
            }
        }).collect_view();
        view! {
            <div class="share-head">
                <h2 id="share-title">{s.dialog_title}</h2>
                <button type="button" class="share-close" on:click=close aria-label=close_label>"×"</button>
            </div>
            <CopyField id="share-link" label=s.link value=share_url rows=2 status=status strings=s />
            <fieldset class="share-options">
                <legend>{s.embed_options}</legend>
                <label class="share-title">
                    {s.title_label}
                    <input type="text" maxlength="100" prop:value=move || embed.with(|e| e.title.clone().unwrap_or_default())
                        on:input=move |ev| embed.update(|e| { let _ = e.set("title", &event_target_value(&ev)); }) />
                </label>
                {flag(s.show_legend, |e| e.legend, |e, v| e.legend = v)}
                {flag(s.show_controls, |e| e.controls, |e, v| e.controls = v)}
                {flag(s.interactive, |e| e.interactive, |e, v| e.interactive = v)}
                <div class="share-presets" role="radiogroup" aria-label=s.frame_size>{presets}</div>
            </fieldset>
            <CopyField id="share-embed" label=s.embed_code value=snippet rows=4 status=status strings=s />
            <p><a class="share-preview" href=embed_url target="_blank" rel="noopener">{s.preview}</a></p>
            <h3>{s.images}</h3>
            <ul class="share-images">{images}</ul>
            <h3>{s.data}</h3>
            <p class="share-data">
                <a href=data("csv") download>"CSV"</a>" · "
                <a href=data("xlsx") download>"XLSX"</a>" · "
                <a href=data("geojson") download>"GeoJSON"</a>" · "
                <button type="button" class="share-print" on:click=move |_| { let _ = window().print(); }>{s.print}</button>
            </p>
            <p class="copy-status" role="status" aria-live="polite">{move || status.get()}</p>
        }
    };
    view! {
        <button type="button" class="share-button" on:click=show aria-haspopup="dialog">
            {move || t().open_button}
        </button>
        <dialog class="share-dialog" node_ref=dialog on:close=move |_| open.set(false) aria-labelledby="share-title">
            <Show when=move || open.get()>{body}</Show>
        </dialog>
    }
}
