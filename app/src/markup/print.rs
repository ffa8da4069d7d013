//! The print sheet's list: each entity in view with every citation.
use crate::i18n;
use crate::i18n::city_name;
use crate::model::escape_markup;
use crate::model::Entity;
use crate::model::Lang;

/// `<li>` items for `<ol class="print-entities">`.
pub fn print_entries<'a>(entities: impl Iterator<Item = &'a Entity>, lang: Lang) -> String {
    let mut out = String::new();
    for e in entities {
        let p = &e.props;
        let (name, other) = lang.pick(&p.name_zh, &p.name_en);
        let name = match lang {
            Lang::Zh => format!("{name}（{other}）"),
            Lang::En => format!("{name} ({other})"),
        };
        let cities: Vec<String> = p.cities.iter().map(|c| city_name(lang, c)).collect();
        out.push_str(&format!(
            r#"<li><strong>{}</strong><span class="print-meta"> · {} · {} · {}</span><ul class="print-refs">"#,
            escape_markup(&name),
            i18n::kind(lang, p.kind),
            i18n::tier(lang, p.tier),
            escape_markup(&cities.join("、")),
        ));
        for r in &p.refs {
            out.push_str(&format!(
                r#"<li><span class="print-section">{}</span> “{}”</li>"#,
                escape_markup(&r.section),
                escape_markup(&r.quote)
            ));
        }
        out.push_str("</ul></li>");
    }
    out
}
