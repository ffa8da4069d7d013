/// Makes text safe inside HTML or SVG (XML) element content and double-quoted attribute
/// values, the one escape every page, snippet and picture uses. Control characters are
/// dropped: XML 1.0 forbids them, and no name or note needs them.
///
/// ```
/// assert_eq!(app::model::escape_markup("<b a=\"1\">R&D</b>\u{7}"), "&lt;b a=&quot;1&quot;&gt;R&amp;D&lt;/b&gt;");
/// ```
pub fn escape_markup(text: &str) -> String {
    let printable: String = text
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect();
    html_escape::encode_double_quoted_attribute(&printable).into_owned()
}
