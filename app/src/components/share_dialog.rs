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
    let flag = move |label: fn(&ShareStrings) -> &'static str,
                     get: fn(&EmbedOptions) -> bool,
                     set: fn(&mut EmbedOptions, bool)| {
        view! {
            <label class="share-flag">
                <input
                    type="checkbox"
                    prop:checked=move || embed.with(get)
                    on:change=move |ev| embed.update(|e| set(e, event_target_checked(&ev)))
                />
                {move || label(t())}
            </label>
        }
    };
    let copy = (
        Signal::derive(move || t().copy),
        Signal::derive(move || t().copied),
        Signal::derive(move || t().copy_manually),
    );
    let body = move || {
        let presets = FramePreset::ALL.into_iter().enumerate().map(|(i, p)| {
            view! {
                <label class="share-preset">
                    <input type="radio" name="frame-preset" prop:checked=move || preset.get() == p on:change=move |_| preset.set(p) />
                    {move || t().presets[i]}
                </label>
            }
        }).collect_view();
        let images = IMAGE_SIZES.into_iter().enumerate().map(|(i, size)| {
            view! {
                <li data-size=size>
                    <span>{move || t().image_sizes[i]}</span>
                    " "<a href=image("png", size) target="_blank" rel="noopener" download>"PNG"</a>
                    " · "<a href=image("svg", size) target="_blank" rel="noopener" download>"SVG"</a>
                </li>
            }
        }).collect_view();
        view! {
            <div class="share-head">
                <h2 id="share-title">{move || t().dialog_title}</h2>
                <button type="button" class="share-close" on:click=close aria-label=move || view.state.with(|s| s.lang).strings().close>"×"</button>
            </div>
            <CopyField id="share-link" label=Signal::derive(move || t().link) value=share_url rows=2 status=status copy_label=copy.0 copied=copy.1 copy_manually=copy.2 />
            <fieldset class="share-options">
                <legend>{move || t().embed_options}</legend>
                <label class="share-title">
                    {move || t().title_label}
                    <input type="text" maxlength="100" prop:value=move || embed.with(|e| e.title.clone().unwrap_or_default())
                        on:input=move |ev| embed.update(|e| { let _ = e.set("title", &event_target_value(&ev)); }) />
                </label>
                {flag(|t| t.show_legend, |e| e.legend, |e, v| e.legend = v)}
                {flag(|t| t.show_controls, |e| e.controls, |e, v| e.controls = v)}
                {flag(|t| t.interactive, |e| e.interactive, |e, v| e.interactive = v)}
                <div class="share-presets" role="radiogroup" aria-label=move || t().frame_size>{presets}</div>
            </fieldset>
            <CopyField id="share-embed" label=Signal::derive(move || t().embed_code) value=snippet rows=4 status=status copy_label=copy.0 copied=copy.1 copy_manually=copy.2 />
            <p><a class="share-preview" href=embed_url target="_blank" rel="noopener">{move || t().preview}</a></p>
            <h3>{move || t().images}</h3>
            <ul class="share-images">{images}</ul>
            <h3>{move || t().data}</h3>
            <p class="share-data">
                <a href=data("csv") download>"CSV"</a>" · "
                <a href=data("xlsx") download>"XLSX"</a>" · "
                <a href=data("geojson") download>"GeoJSON"</a>" · "
                <button type="button" class="share-print" on:click=move |_| { let _ = window().print(); }>{move || t().print}</button>
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
