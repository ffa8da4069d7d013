//! The detail panel's body (see `components/detail_panel.rs`): names, facts, sites,
//! related entities (buttons with `data-id`) and every citation in the plan's words.
use crate::i18n;
use crate::i18n::city_name;
use crate::markup::curated::curated_facts;
use crate::model::escape_markup;
use crate::model::EntityDetail;
use crate::model::Lang;
use crate::model::Tier;
use crate::tr;

/// Everything known about one entity.
pub fn detail_body(detail: &EntityDetail, lang: Lang) -> String {
    let p = &detail.entity.props;
    let (title, subtitle) = lang.pick(&p.name_zh, &p.name_en);
    let tier_source = match (&p.tier_note, p.tier) {
        (Some(note), _) => Some(note.as_str()),
        (None, Tier::None) => None,
        (None, _) => Some(tr!(lang, tier_source_plan)),
    }
    .map(|s| {
        format!(
            r#" <small class="tier-source">{}</small>"#,
            escape_markup(s)
        )
    })
    .unwrap_or_default();
    let sectors: Vec<&str> = p.sectors.iter().map(|s| i18n::sector(lang, *s)).collect();
    let places: Vec<String> = p
        .cities
        .iter()
        .map(|c| city_name(lang, c))
        .chain(p.districts.iter().cloned())
        .collect();
    let mut out = format!(
        r#"<h2 class="detail-title">{}</h2><p class="detail-subtitle">{}</p><dl class="facts"><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}{tier_source}</dd><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{} <small class="precision">{}</small></dd></dl>"#,
        escape_markup(title),
        escape_markup(subtitle),
        tr!(lang, kind),
        i18n::kind(lang, p.kind),
        tr!(lang, tier),
        i18n::tier(lang, p.tier),
        tr!(lang, sector),
        sectors.join(" · "),
        tr!(lang, location),
        escape_markup(&places.join(" · ")),
        i18n::precision(lang, p.precision),
    );
    out.push_str(&curated_facts(p, lang));
    if p.members.len() > 1 {
        out.push_str(&format!(
            r#"<h3>{}</h3><ul class="members">"#,
            tr!(lang, members)
        ));
        for m in &p.members {
            let role = if m.role.is_empty() {
                String::new()
            } else {
                format!("（{}）", escape_markup(&m.role))
            };
            out.push_str(&format!(
                "<li>{}{role} · {}</li>",
                escape_markup(&m.name_zh),
                i18n::precision(lang, m.precision)
            ));
        }
        out.push_str("</ul>");
    }
    if !detail.related.is_empty() {
        out.push_str(&format!(
            r#"<h3>{}</h3><ul class="related">"#,
            tr!(lang, related)
        ));
        for (id, zh, en) in &detail.related {
            let (label, _) = lang.pick(zh, en);
            out.push_str(&format!(
                r#"<li><button type="button" class="link" data-id="{}">{}</button></li>"#,
                escape_markup(id),
                escape_markup(label)
            ));
        }
        out.push_str("</ul>");
    }
    out.push_str(&format!(
        r#"<h3>{}</h3><ol class="citations">"#,
        tr!(lang, citations)
    ));
    for (i, r) in p.refs.iter().enumerate() {
        // Each citation opens the reader at its passage (when the plan has it).
        let read = detail
            .ref_passages
            .get(i)
            .cloned()
            .flatten()
            .map_or(String::new(), |id| {
                format!(
                    r#"<button type="button" class="link read-passage" data-read="{}">{}</button>"#,
                    escape_markup(&id),
                    tr!(lang, plan.cite)
                )
            });
        out.push_str(&format!(
            r#"<li class="citation"><span class="section">{}{}</span><blockquote lang="zh-CN">{}</blockquote>{read}</li>"#,
            r.document.as_ref().map_or(String::new(), |d| format!(
                "{} {} · ",
                tr!(lang, curated_cited_in),
                escape_markup(d)
            )),
            escape_markup(&r.section),
            escape_markup(&r.quote)
        ));
    }
    out.push_str("</ol>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, EntityProps, Kind, PlanRef, Precision, Sector};

    #[test]
    fn every_citation_escaped_and_related_entities_as_buttons() {
        let refs = vec![
            PlanRef {
                document: None,
                section: "专栏1".into(),
                quote: "建设<石墨烯>".into(),
            },
            PlanRef {
                document: None,
                section: "第三章".into(),
                quote: "两核三区".into(),
            },
        ];
        let entity = Entity {
            id: "g".into(),
            props: EntityProps {
                chains: Vec::new(),
                name_zh: "石墨烯产业集群".into(),
                name_en: "Graphene cluster".into(),
                aliases: vec![],
                kind: Kind::Cluster,
                sectors: vec![Sector::NewMaterials],
                tier: Tier::National,
                tier_note: None,
                cities: vec!["厦门市".into()],
                districts: vec![],
                precision: Precision::City,
                members: vec![],
                refs,
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
        };
        let detail = EntityDetail {
            entity,
            related: vec![("x".into(), "某园区".into(), "Some park".into())],
            ref_passages: vec![Some("box1-g1-r2.p1".into()), None],
        };
        let html = detail_body(&detail, Lang::En);
        assert!(html.starts_with(r#"<h2 class="detail-title">Graphene cluster</h2>"#));
        assert_eq!(html.matches(r#"<li class="citation">"#).count(), 2);
        assert!(html.contains("建设&lt;石墨烯&gt;"));
        assert!(
            html.contains(r#"<button type="button" class="link" data-id="x">Some park</button>"#)
        );
        assert!(html.contains("Xiamen"));
        assert_eq!(html.matches("data-read=").count(), 1);
        assert!(html.contains(r#"data-read="box1-g1-r2.p1">Read in the plan</button>"#));
    }
}
