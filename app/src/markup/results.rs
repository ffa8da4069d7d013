//! The result list's rows (see `components/result_list.rs`).
use std::collections::BTreeMap;

use super::plan::marked;
use crate::i18n;
use crate::model::escape_markup;
use crate::model::Lang;
use crate::model::{wire_name, Entity, Evidence};

/// One `<li class="result">` per entity, focusable, with its id; `selected` is marked.
/// For an industry search, each row quotes its best evidence with the match marked.
pub fn result_rows(
    entities: &[Entity],
    evidence: &BTreeMap<String, Vec<Evidence>>,
    lang: Lang,
    selected: Option<&str>,
) -> String {
    let mut out = String::new();
    for e in entities {
        let why = evidence
            .get(&e.id)
            .and_then(|list| list.first())
            .map_or(String::new(), |ev| {
                format!(
                    r#"<span class="evidence"><span class="evidence-section">{}</span> <q lang="zh-CN">{}</q></span>"#,
                    escape_markup(&ev.section_label),
                    marked(&ev.text, &ev.spans)
                )
            });
        let p = &e.props;
        let (name, _) = lang.pick(&p.name_zh, &p.name_en);
        let sector = p.sectors.first().map(wire_name).unwrap_or_default();
        let on = selected == Some(e.id.as_str());
        out.push_str(&format!(
            r#"<li class="result{}" tabindex="0" data-id="{}" data-sector="{sector}"{}><span class="result-name">{}</span><span class="result-meta">{} · {}</span>{why}</li>"#,
            if on { " selected" } else { "" },
            escape_markup(&e.id),
            if on { r#" aria-current="true""# } else { "" },
            escape_markup(name),
            i18n::kind(lang, p.kind),
            i18n::tier(lang, p.tier),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityProps, Kind, Member, Precision, Sector, Tier};

    fn entity(id: &str, lon: f64, lat: f64) -> Entity {
        let member = Member {
            name_zh: "园".into(),
            role: String::new(),
            lon,
            lat,
            precision: Precision::Site,
            city: "厦门市".into(),
            district: String::new(),
        };
        Entity {
            id: id.into(),
            props: EntityProps {
                chains: Vec::new(),
                name_zh: format!("<{id}>"),
                name_en: id.into(),
                aliases: vec![],
                kind: Kind::Park,
                sectors: vec![Sector::Marine],
                tier: Tier::National,
                tier_note: None,
                cities: vec!["厦门市".into()],
                districts: vec![],
                precision: Precision::Site,
                members: vec![member],
                refs: vec![],
                related: vec![],
                status: None,
                status_as_of: None,
                area_km2: None,
                website: None,
                note: None,
                location_note: None,
                revision: 0,
                provenance: Vec::new(),
            },
        }
    }

    #[test]
    fn rows_mark_the_selection_and_escape_names() {
        let list = [entity("a", 118.1, 24.5), entity("b", 119.3, 26.1)];
        let why = Evidence {
            section: "box9".into(),
            section_label: "专栏9".into(),
            passage: "box9-g1-r1.p1".into(),
            role: "cited".into(),
            text: "膜材料<等>".into(),
            spans: vec![(0, 3)],
        };
        let evidence = BTreeMap::from([("b".to_string(), vec![why])]);
        let html = result_rows(&list, &evidence, Lang::Zh, Some("a"));
        assert!(html.contains(r#"<span class="evidence"><span class="evidence-section">专栏9</span> <q lang="zh-CN"><mark>膜材料</mark>&lt;等&gt;</q></span></li>"#), "{html}");
        assert_eq!(html.matches("evidence-section").count(), 1);
        assert!(html.contains(r#"<li class="result selected" tabindex="0" data-id="a" data-sector="marine" aria-current="true">"#), "{html}");
        assert!(
            html.contains(r#"<li class="result" tabindex="0" data-id="b" data-sector="marine">"#)
        );
        assert!(html.contains("&lt;a&gt;"));
        assert!(!result_rows(&list, &BTreeMap::new(), Lang::En, None).contains("aria-current"));
    }
}
