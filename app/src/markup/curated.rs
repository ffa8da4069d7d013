//! The detail panel's curated part: what became of the entity (status, area, website,
//! notes) and, for each field a revision set, where it comes from (date, source, reviewer).
//! Fields without a line here come from the plan, cited below them.
use crate::model::{escape_markup, EntityProps, Lang};
use crate::tr;

/// The entity's history (public) and, for a signed-in editor, the way to correct it: plain
/// links to the server's pages, so the map itself carries no editing code.
pub fn curation_links(id: &str, lang: Lang, can_suggest: bool) -> String {
    let link = |path: String| escape_markup(&lang.href(&path));
    let mut out = format!(
        r#"<p class="curation-links"><a href="{}">{}</a>"#,
        link(format!("/entities/{id}/history")),
        tr!(lang, review.history)
    );
    if can_suggest {
        out.push_str(&format!(
            r#" · <a class="suggest-link" href="{}">{}</a>"#,
            link(format!("/suggest/{id}")),
            tr!(lang, review.suggest)
        ));
    }
    out.push_str("</p>");
    out
}

/// Empty for an entity nobody has curated.
pub fn curated_facts(p: &EntityProps, lang: Lang) -> String {
    let mut facts = String::new();
    let mut fact = |label: &str, value: String| {
        facts.push_str(&format!("<dt>{label}</dt><dd>{value}</dd>"));
    };
    if let Some(s) = p.status {
        let as_of = p.status_as_of.as_ref().map_or(String::new(), |d| {
            format!(
                " <small>{} {}</small>",
                tr!(lang, curated_as_of),
                escape_markup(d)
            )
        });
        fact(
            tr!(lang, curated_status),
            format!("{}{as_of}", s.label(lang)),
        );
    }
    if let Some(a) = p.area_km2 {
        fact(tr!(lang, curated_area), format!("{a} km²"));
    }
    if let Some(w) = &p.website {
        // Only http(s) addresses pass validation; escaped all the same.
        let w = escape_markup(w);
        let link = format!(r#"<a href="{w}" rel="noopener nofollow" target="_blank">{w}</a>"#);
        fact(tr!(lang, curated_website), link);
    }
    if let Some(n) = &p.location_note {
        fact(tr!(lang, curated_location_note), escape_markup(n));
    }
    if let Some(n) = &p.note {
        fact(tr!(lang, curated_note), escape_markup(n));
    }
    let mut out = String::new();
    if !facts.is_empty() {
        out.push_str(&format!(r#"<dl class="facts curated">{facts}</dl>"#));
    }
    if !p.provenance.is_empty() {
        out.push_str(&format!(
            r#"<h3>{}</h3><ul class="provenance">"#,
            tr!(lang, curated_sources)
        ));
        for f in &p.provenance {
            out.push_str(&format!(
                r#"<li><code>{}</code> · {} {} · {} · {} {}</li>"#,
                escape_markup(&f.field),
                tr!(lang, curated_revision),
                f.revision,
                escape_markup(&f.source.describe()),
                tr!(lang, curated_reviewed_by),
                escape_markup(&f.reviewer),
            ));
        }
        out.push_str("</ul>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ChangeSource, FieldSource, Status};

    #[test]
    fn what_an_editor_typed_is_escaped() {
        let mut p: EntityProps = serde_json::from_value(serde_json::json!({
            "name_zh": "园", "name_en": "Park", "kind": "park", "sectors": ["marine"],
            "tier": "none", "cities": ["厦门市"], "precision": "site", "members": [], "refs": []
        }))
        .unwrap();
        assert_eq!(curated_facts(&p, Lang::Zh), "");
        p.status = Some(Status::UnderConstruction);
        p.note = Some("<script>x</script>".into());
        p.provenance = vec![FieldSource {
            field: "members".into(),
            revision: 1,
            date: "2026-12-01".into(),
            source: ChangeSource {
                title: Some("<b>公告</b>".into()),
                url: None,
                local_knowledge: false,
                date: "2026-11-30".into(),
            },
            reviewer: "<rex>".into(),
        }];
        let html = curated_facts(&p, Lang::Zh);
        assert!(html.contains("在建"), "{html}");
        assert!(!html.contains("<script>") && !html.contains("<b>") && !html.contains("<rex>"));
        assert!(html.contains("&lt;b&gt;公告&lt;/b&gt;"), "{html}");
        assert!(curated_facts(&p, Lang::En).contains("under construction"));
    }
}
