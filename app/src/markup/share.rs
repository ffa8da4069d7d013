//! The "Embed / share" dialog's form and outputs (see `components/share_dialog.rs`).
use crate::i18n;
use crate::model::escape_markup;
use crate::model::params::{ImageSize, MAX_TITLE_CHARS};
use crate::model::Lang;
use crate::model::{EmbedOptions, FramePreset};
use crate::tr;

/// The embed options as a form; the dialog listens to it by delegation (`name` says which
/// option, radios carry the preset's index).
pub fn share_controls(lang: Lang, embed: &EmbedOptions, preset: FramePreset) -> String {
    let checked = |on: bool| if on { " checked" } else { "" };
    let mut out = format!(
        r#"<fieldset class="share-options"><legend>{}</legend><label class="share-title">{}<input type="text" name="title" maxlength="{MAX_TITLE_CHARS}" value="{}"></label>"#,
        tr!(lang, share.embed_options),
        tr!(lang, share.title_label),
        escape_markup(embed.title.as_deref().unwrap_or_default())
    );
    for (name, label, on) in [
        ("legend", tr!(lang, share.show_legend), embed.legend),
        ("controls", tr!(lang, share.show_controls), embed.controls),
        (
            "interactive",
            tr!(lang, share.interactive),
            embed.interactive,
        ),
    ] {
        out.push_str(&format!(
            r#"<label class="share-flag"><input type="checkbox" name="{name}"{}>{label}</label>"#,
            checked(on)
        ));
    }
    out.push_str(&format!(
        r#"<div class="share-presets" role="radiogroup" aria-label="{}">"#,
        tr!(lang, share.frame_size)
    ));
    for (i, p) in FramePreset::ALL.into_iter().enumerate() {
        let label = i18n::frame_preset(lang, p);
        out.push_str(&format!(
            r#"<label class="share-preset"><input type="radio" name="frame-preset" value="{i}"{}>{label}</label>"#,
            checked(p == preset)
        ));
    }
    out.push_str("</div></fieldset>");
    out
}

/// Everything the dialog offers for one view, as absolute URLs (`images` in
/// [`ImageSize::ALL`] order, PNG then SVG; `data` as CSV, XLSX, GeoJSON).
pub struct ShareLinks {
    pub share: String,
    pub snippet: String,
    pub embed: String,
    pub images: Vec<(String, String)>,
    pub data: [String; 3],
}

fn copy_field(id: &str, label: &str, value: &str, rows: u8, copy: &str) -> String {
    format!(
        r#"<div class="copy-field"><label for="{id}">{label}</label><div class="copy-row"><textarea id="{id}" readonly rows="{rows}" spellcheck="false">{}</textarea><button type="button" class="copy-button" data-copy="{id}" aria-describedby="{id}">{copy}</button></div></div>"#,
        escape_markup(value)
    )
}

/// The links, the snippet with copy buttons, the images, the data and the print button.
pub fn share_outputs(lang: Lang, links: &ShareLinks) -> String {
    let mut out = copy_field(
        "share-link",
        tr!(lang, share.link),
        &links.share,
        2,
        tr!(lang, share.copy),
    );
    out.push_str(&copy_field(
        "share-embed",
        tr!(lang, share.embed_code),
        &links.snippet,
        4,
        tr!(lang, share.copy),
    ));
    out.push_str(&format!(
        r#"<p><a class="share-preview" href="{}" target="_blank" rel="noopener">{}</a></p><h3>{}</h3><ul class="share-images">"#,
        escape_markup(&links.embed),
        tr!(lang, share.preview),
        tr!(lang, share.images)
    ));
    for (size, (png, svg)) in ImageSize::ALL.iter().zip(&links.images) {
        let label = i18n::image_size_label(lang, *size);
        out.push_str(&format!(
            r#"<li data-size="{}"><span>{label}</span> <a href="{}" target="_blank" rel="noopener" download>PNG</a> · <a href="{}" target="_blank" rel="noopener" download>SVG</a></li>"#,
            size.name(),
            escape_markup(png),
            escape_markup(svg)
        ));
    }
    let [csv, xlsx, geojson] = &links.data;
    out.push_str(&format!(
        r#"</ul><h3>{}</h3><p class="share-data"><a href="{}" download>CSV</a> · <a href="{}" download>XLSX</a> · <a href="{}" download>GeoJSON</a> · <button type="button" class="share-print" data-action="print">{}</button></p>"#,
        tr!(lang, share.data),
        escape_markup(csv),
        escape_markup(xlsx),
        escape_markup(geojson),
        tr!(lang, share.print)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_reflect_the_options_and_escape_the_title() {
        let embed = EmbedOptions {
            title: Some(r#"A "B""#.into()),
            legend: false,
            ..EmbedOptions::default()
        };
        let html = share_controls(Lang::En, &embed, FramePreset::Standard);
        assert!(html.contains(r#"name="title" maxlength="100" value="A &quot;B&quot;""#));
        assert!(
            html.contains(r#"name="legend">"#),
            "legend unchecked: {html}"
        );
        assert!(html.contains(r#"name="controls" checked>"#));
        assert!(html.contains(r#"value="1" checked>4:3"#));
    }

    #[test]
    fn outputs_escape_urls_and_list_every_image_size() {
        let links = ShareLinks {
            share: "http://x/?a=1&b=2".into(),
            snippet: r#"<iframe src="u"></iframe>"#.into(),
            embed: "http://x/embed?a=1&b=2".into(),
            images: ImageSize::ALL
                .iter()
                .map(|z| (format!("p?{}&", z.name()), format!("s?{}", z.name())))
                .collect(),
            data: ["c".into(), "x".into(), "g".into()],
        };
        let html = share_outputs(Lang::Zh, &links);
        assert!(html.contains(">http://x/?a=1&amp;b=2</textarea>"));
        assert!(html.contains("&lt;iframe src=&quot;u&quot;&gt;&lt;/iframe&gt;</textarea>"));
        assert_eq!(html.matches("<li data-size=").count(), ImageSize::ALL.len());
        assert!(html.contains(r#"href="p?a4-portrait&amp;""#));
    }
}
