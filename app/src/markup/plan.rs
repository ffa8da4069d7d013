//! The plan reader's markup: the table of contents, a section's passages with every
//! mention of a catalogued entity as a button, search hits with the match marked, and the
//! marking of evidence. Buttons carry `data-read` (a section or passage to open),
//! `data-id` (an entity to select) or `data-section` (a section to show on the map).
use crate::model::{escape_markup, Lang, PlanNode, PlanSection, PlanTextHit, ViewState};
use crate::tr;

/// `text` with the char ranges `spans` wrapped in `<mark>`, all of it escaped.
pub fn marked(text: &str, spans: &[(usize, usize)]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    for &(s, e) in spans.iter().filter(|(s, e)| s < e && *e <= chars.len()) {
        if s < at {
            continue;
        }
        out.push_str(&escape_markup(&chars[at..s].iter().collect::<String>()));
        let hit: String = chars[s..e].iter().collect();
        out.push_str(&format!("<mark>{}</mark>", escape_markup(&hit)));
        at = e;
    }
    out.push_str(&escape_markup(&chars[at..].iter().collect::<String>()));
    out
}

/// Kinds shown in the table of contents (rows and groups are read in their section).
fn listed(kind: &str) -> bool {
    matches!(
        kind,
        "preface" | "chapter" | "section" | "item" | "box" | "table"
    )
}

fn node_label(n: &PlanNode) -> String {
    format!("{} {}", n.number, n.title).trim().to_owned()
}

/// The table of contents as nested lists.
pub fn toc_items(nodes: &[PlanNode]) -> String {
    let mut out = String::from(r#"<ul class="toc">"#);
    for n in nodes.iter().filter(|n| listed(&n.kind)) {
        out.push_str(&format!(
            r#"<li><button type="button" class="toc-link" data-read="{}">{}</button>"#,
            escape_markup(&n.id),
            escape_markup(&node_label(n))
        ));
        if n.children.iter().any(|c| listed(&c.kind)) {
            out.push_str(&toc_items(&n.children));
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    out
}

/// A section: its place (each level a button), then every passage with mentions as
/// links to the entity on the map, headings with a "show on map" link and its count,
/// `target` highlighted. Links carry `data-id` / `data-section`, so beside the map the
/// reader selects and filters in place.
pub fn section_body(s: &PlanSection, target: Option<&str>, lang: Lang) -> String {
    let mut out = String::from(r#"<nav class="plan-path">"#);
    for (i, (id, number, title)) in s.path.iter().enumerate() {
        if i > 0 {
            out.push_str(" › ");
        }
        out.push_str(&format!(
            r#"<button type="button" class="link" data-read="{}">{}</button>"#,
            escape_markup(id),
            escape_markup(format!("{number} {title}").trim())
        ));
    }
    out.push_str("</nav>");
    let count = |node: &str| {
        s.node_counts
            .iter()
            .find(|(id, _)| id == node)
            .map(|(_, n)| *n)
    };
    for p in &s.passages {
        let lit = target.is_some_and(|t| t == p.id || t == p.node);
        let class = format!("passage {}{}", p.kind, if lit { " target" } else { "" });
        let tag = if p.kind == "heading" { "h3" } else { "p" };
        out.push_str(&format!(
            r#"<{tag} id="passage-{}" class="{class}" lang="zh-CN">"#,
            escape_markup(&p.id)
        ));
        out.push_str(&mentions_marked(&p.text, &p.mentions, lang));
        if let (true, Some(n)) = (
            matches!(p.kind.as_str(), "heading" | "label"),
            count(&p.node),
        ) {
            let label = format!("{} ({n})", tr!(lang, plan.show_on_map));
            let node = escape_markup(&p.node);
            let ui = tr!(lang, html_lang);
            out.push_str(&format!(
                r#" <a class="show-section" href="{}" data-section="{node}" lang="{ui}">{label}</a>"#,
                map_href(lang, |v| v.query.section = Some(p.node.clone()))
            ));
        }
        out.push_str(&format!("</{tag}>"));
    }
    out
}

/// A passage's text with each mention as a link to its entity on the map.
fn mentions_marked(text: &str, mentions: &[crate::model::PlanMention], lang: Lang) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    for m in mentions.iter().filter(|m| m.end <= chars.len()) {
        let Some(id) = m.entities.first().filter(|_| m.start >= at) else {
            continue;
        };
        out.push_str(&escape_markup(
            &chars[at..m.start].iter().collect::<String>(),
        ));
        let name = escape_markup(&chars[m.start..m.end].iter().collect::<String>());
        out.push_str(&format!(
            r#"<a class="mention" href="{}" data-id="{}">{name}</a>"#,
            map_href(lang, |v| v.selected = Some(id.clone())),
            escape_markup(id)
        ));
        at = m.end;
    }
    out.push_str(&escape_markup(&chars[at..].iter().collect::<String>()));
    out
}

/// The map's URL (in `lang`) with `change` applied, escaped for an attribute.
fn map_href(lang: Lang, change: impl FnOnce(&mut ViewState)) -> String {
    let mut view = ViewState {
        lang,
        ..ViewState::default()
    };
    change(&mut view);
    escape_markup(&view.href())
}

/// Search hits: where each stands, and the passage with the match marked.
pub fn plan_hits(hits: &[PlanTextHit], lang: Lang) -> String {
    if hits.is_empty() {
        return format!(r#"<p class="empty">{}</p>"#, tr!(lang, plan.no_hits));
    }
    let mut out = format!(
        r#"<p class="hit-count">{}</p><ol class="plan-hits">"#,
        tr!(lang, plan.hits, n = hits.len())
    );
    for h in hits {
        out.push_str(&format!(
            r#"<li><button type="button" class="link" data-read="{}">{}</button><p lang="zh-CN">{}</p></li>"#,
            escape_markup(&h.passage),
            escape_markup(&h.section_label),
            marked(&h.text, &h.spans)
        ));
    }
    out.push_str("</ol>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PlanMention, PlanPassage};

    #[test]
    fn marks_and_mentions_are_escaped_and_placed() {
        assert_eq!(marked("甲<乙>丙", &[(1, 3)]), "甲<mark>&lt;乙</mark>&gt;丙");
        let s = PlanSection {
            id: "box9".into(),
            number: "专栏9".into(),
            title: "集群".into(),
            path: vec![("box9".into(), "专栏9".into(), "集群".into())],
            passages: vec![PlanPassage {
                id: "box9-g1-r1.p1".into(),
                kind: "row".into(),
                node: "box9-g1-r1".into(),
                text: "支持福州<集群>".into(),
                mentions: vec![PlanMention {
                    start: 2,
                    end: 4,
                    entities: vec!["fz".into()],
                }],
            }],
            entity_count: 1,
            node_counts: vec![("box9".into(), 1)],
        };
        let html = section_body(&s, Some("box9-g1-r1.p1"), Lang::Zh);
        assert!(html.contains(r#"class="passage row target""#), "{html}");
        let mention = r#"支持<a class="mention" href="/?sel=fz" data-id="fz">福州</a>&lt;集群&gt;"#;
        assert!(html.contains(mention), "{html}");
        assert!(!section_body(&s, None, Lang::Zh).contains("target"));
        let en = section_body(&s, None, Lang::En);
        assert!(en.contains(r#"href="/?sel=fz&amp;lang=en""#), "{en}");
    }
}
