//! The links the "Embed / share" dialog offers for a view: iframe code and server-rendered
//! images. Plain functions, so the snippet a presenter copies is unit-tested.
use super::params::{encode_pairs, ImageSize};
use super::{escape_markup, EmbedOptions, ViewState};

/// Frame shapes for the iframe snippet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FramePreset {
    /// 16:9, 800×450.
    #[default]
    Wide,
    /// 4:3, 800×600.
    Standard,
    /// Full width of the host page, 16:9.
    Responsive,
}

impl FramePreset {
    pub const ALL: [FramePreset; 3] = [
        FramePreset::Wide,
        FramePreset::Standard,
        FramePreset::Responsive,
    ];
}

/// HTML to paste into a web page: an iframe of `src` (an absolute `/embed` URL).
pub fn iframe_snippet(src: &str, preset: FramePreset, title: &str) -> String {
    let (src, title) = (escape_markup(src), escape_markup(title));
    let common = format!(r#"src="{src}" title="{title}" loading="lazy" allowfullscreen"#);
    match preset {
        FramePreset::Wide => {
            format!(r#"<iframe {common} width="800" height="450" style="border:0"></iframe>"#)
        }
        FramePreset::Standard => {
            format!(r#"<iframe {common} width="800" height="600" style="border:0"></iframe>"#)
        }
        FramePreset::Responsive => format!(
            r#"<div style="position:relative;width:100%;padding-top:56.25%"><iframe {common} style="position:absolute;inset:0;width:100%;height:100%;border:0"></iframe></div>"#
        ),
    }
}

/// `/api/v1/render.{ext}` of this view at `size`: filters, viewport, language, title and
/// legend (a picture has no controls or selection).
pub fn render_href(state: &ViewState, embed: &EmbedOptions, ext: &str, size: ImageSize) -> String {
    let picture = ViewState {
        query: state.query.clone(),
        viewport: state.viewport,
        lang: state.lang,
        embed: EmbedOptions {
            title: embed.title.clone(),
            legend: embed.legend,
            ..EmbedOptions::default()
        },
        ..ViewState::default()
    };
    let mut pairs = picture.to_pairs();
    pairs.push(("size".into(), size.name().into()));
    format!("/api/v1/render.{ext}?{}", encode_pairs(&pairs))
}

/// The base map of data `version` (the page learns it from the shell): cacheable for good.
pub fn basemap_href(version: &str) -> String {
    format!("/api/v1/basemap.geojson?v={version}")
}

/// The first-view picture's encodings: the page shows the PNG (decoded off the main thread,
/// so it is painted with the page's first frame); the SVG is the same drawing as vectors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreviewFormat {
    Svg,
    Png,
}

impl PreviewFormat {
    pub fn ext(self) -> &'static str {
        match self {
            PreviewFormat::Svg => "svg",
            PreviewFormat::Png => "png",
        }
    }
}

/// The picture the page shows in the map's place while the map loads
/// (`/api/v1/preview.{svg,png}`): the filters, viewport and language of the view, and `dpi`
/// (as for `render.png`; 96 without) for screens of more device pixels per CSS pixel;
/// nothing else, so views that draw the same share one cached picture.
pub fn preview_href(state: &ViewState, format: PreviewFormat, dpi: Option<u32>) -> String {
    let picture = ViewState {
        query: state.query.clone(),
        viewport: state.viewport,
        lang: state.lang,
        ..ViewState::default()
    };
    let mut pairs = picture.to_pairs();
    if let Some(dpi) = dpi {
        pairs.push(("dpi".into(), dpi.to_string()));
    }
    let path = format!("/api/v1/preview.{}", format.ext());
    if pairs.is_empty() {
        path
    } else {
        format!("{path}?{}", encode_pairs(&pairs))
    }
}

/// `/api/v1/export.{ext}` (csv, xlsx, geojson) of every entity matching the filters.
pub fn export_href(state: &ViewState, ext: &str) -> String {
    let mut q = state.query.clone();
    q.limit = super::DEFAULT_LIMIT;
    format!("/api/v1/export.{ext}?{}", encode_pairs(&q.to_pairs()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::query_pairs;

    #[test]
    fn a_preview_names_only_what_it_draws() {
        let view = ViewState::from_pairs(&query_pairs("sector=marine&sel=x&panel=filters&lang=en"));
        assert_eq!(
            preview_href(&view, PreviewFormat::Png, Some(192)),
            "/api/v1/preview.png?sector=marine&lang=en&dpi=192"
        );
        let default = ViewState::default();
        assert_eq!(
            preview_href(&default, PreviewFormat::Svg, None),
            "/api/v1/preview.svg"
        );
    }

    fn state(pairs: &[(&str, &str)]) -> ViewState {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        ViewState::from_pairs(&pairs)
    }

    #[test]
    fn snippet_escapes_the_url_and_title() {
        let s = iframe_snippet("https://x/embed?a=1&b=2", FramePreset::Wide, "A \"B\" <C>");
        assert!(s.contains(r#"src="https://x/embed?a=1&amp;b=2""#), "{s}");
        assert!(s.contains(r#"title="A &quot;B&quot; &lt;C&gt;""#), "{s}");
        assert!(s.contains(r#"width="800" height="450""#));
        let r = iframe_snippet("u", FramePreset::Responsive, "t");
        assert!(r.starts_with("<div") && r.contains("padding-top:56.25%"));
    }

    #[test]
    fn image_links_keep_the_map_and_drop_the_controls() {
        let s = state(&[
            ("sector", "marine"),
            ("sel", "x"),
            ("at", "118,24,7"),
            ("panel", "filters"),
        ]);
        let embed = EmbedOptions {
            title: Some("海洋".into()),
            legend: false,
            controls: false,
            interactive: false,
        };
        assert_eq!(
            render_href(&s, &embed, "png", ImageSize::A4Landscape),
            "/api/v1/render.png?sector=marine&at=118.0000,24.0000,7&title=%E6%B5%B7%E6%B4%8B&legend=0&size=a4-landscape"
        );
    }
}
