//! HTML written as strings, for parts of the page that are plain text and links: each
//! distinct `view!` tree costs the wasm its own build/hydrate/rebuild code, while one
//! `inner_html` costs almost nothing. Every value is escaped here.
mod detail;
mod facets;
mod overview;
mod print;
mod results;
mod search;
mod share;

pub use detail::detail_body;
pub use facets::{facet_groups, FacetGroup, FacetItem};
pub use overview::{profile_body, sector_tables};
pub use print::print_entries;
pub use results::result_rows;
pub use search::{suggestion_items, Suggestion};
pub use share::{share_controls, share_outputs, ShareLinks};

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            super::escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}
