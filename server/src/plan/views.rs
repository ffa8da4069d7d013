//! The plan as the reader and the API show it (`app::model::Plan*`, `Evidence`): ranges
//! made relative to each passage's text, nodes named by their place in the plan.
use app::model::{
    wire_name, Evidence, PlanMention, PlanNode, PlanPassage, PlanSection, PlanTextHit,
};

use super::search::{search_text, Evidence as PlanEvidence};
use super::structure::{NodeKind, Plan, Span};
use super::PlanAnalysis;

fn node_view(plan: &Plan, n: usize) -> PlanNode {
    let node = &plan.nodes[n];
    PlanNode {
        id: node.id.clone(),
        kind: wire_name(&node.kind),
        number: node.number.clone(),
        title: node.title.clone(),
        children: node.children.iter().map(|&c| node_view(plan, c)).collect(),
    }
}

/// The table of contents: the root's children, each with its subtree.
pub fn toc(a: &PlanAnalysis) -> Vec<PlanNode> {
    let plan = &a.plan;
    plan.nodes.first().map_or_else(Vec::new, |root| {
        root.children.iter().map(|&c| node_view(plan, c)).collect()
    })
}

/// `第三章 重点领域 › 第四节 新能源产业 › 三、氢能及燃料电池`: the node's place, chapter first.
pub fn label(plan: &Plan, node: usize) -> String {
    let mut parts: Vec<String> = plan
        .ancestors(node)
        .filter(|&n| plan.nodes[n].parent.is_some())
        .map(|n| {
            let x = &plan.nodes[n];
            format!("{} {}", x.number, x.title).trim().to_owned()
        })
        .filter(|s| !s.is_empty())
        .collect();
    parts.reverse();
    parts.join(" › ")
}

/// `spans` (body char offsets) relative to the passage starting at `start`.
fn relative(spans: &[Span], start: usize) -> Vec<(usize, usize)> {
    spans
        .iter()
        .map(|s| (s.start - start, s.end - start))
        .collect()
}

/// What the reader shows for `id` (a node or passage id): the 节 or 专栏 around it (a
/// chapter's front matter where there is none), with every passage and mention in it.
pub fn reading(a: &PlanAnalysis, id: &str) -> Option<PlanSection> {
    let plan = &a.plan;
    let node = match a.passage_index.get(id) {
        Some(&p) => plan.passages[p].node,
        None => plan.node_index(id)?,
    };
    let container = plan
        .enclosing(node, &[NodeKind::Box, NodeKind::Section])
        .or_else(|| {
            plan.ancestors(node)
                .find(|&n| plan.nodes[n].parent == Some(0))
        })
        .unwrap_or(node);
    section(a, &plan.nodes[container].id)
}

/// A section with every passage of its subtree and the mentions in them.
pub fn section(a: &PlanAnalysis, id: &str) -> Option<PlanSection> {
    let plan = &a.plan;
    let n = plan.node_index(id)?;
    let node = &plan.nodes[n];
    let mut path: Vec<(String, String, String)> = plan
        .ancestors(n)
        .filter(|&x| plan.nodes[x].parent.is_some())
        .map(|x| {
            let x = &plan.nodes[x];
            (x.id.clone(), x.number.clone(), x.title.clone())
        })
        .collect();
    path.reverse();
    let passages = plan
        .subtree_passages(n)
        .into_iter()
        .map(|p| {
            let passage = &plan.passages[p];
            let start = passage.chars.start;
            let mentions = a.mentions.by_passage[p]
                .iter()
                .map(|m| PlanMention {
                    start: m.span.start - start,
                    end: m.span.end - start,
                    entities: m.entities.clone(),
                })
                .collect();
            PlanPassage {
                id: passage.id.clone(),
                kind: wire_name(&passage.kind),
                node: plan.nodes[passage.node].id.clone(),
                text: plan.passage_text(p).to_owned(),
                mentions,
            }
        })
        .collect();
    let count = |id: &str| a.section_entities.get(id).map_or(0, |s| s.len());
    let node_counts = plan
        .subtree_nodes(n)
        .into_iter()
        .map(|x| {
            let id = &plan.nodes[x].id;
            (id.clone(), count(id))
        })
        .filter(|(_, c)| *c > 0)
        .collect();
    Some(PlanSection {
        id: node.id.clone(),
        number: node.number.clone(),
        title: node.title.clone(),
        path,
        passages,
        entity_count: count(id),
        node_counts,
    })
}

/// Passages where `q` stands (exact, whitespace ignored), in reading order.
pub fn text_hits(a: &PlanAnalysis, q: &str) -> Vec<PlanTextHit> {
    let plan = &a.plan;
    search_text(plan, q)
        .into_iter()
        .map(|hit| {
            let p = &plan.passages[hit.passage];
            PlanTextHit {
                section: plan.nodes[p.node].id.clone(),
                section_label: label(plan, p.node),
                passage: p.id.clone(),
                text: plan.passage_text(hit.passage).to_owned(),
                spans: relative(&hit.spans, p.chars.start),
            }
        })
        .collect()
}

/// An industry hit's evidence as shown: the passage's text and the matched ranges in it.
pub fn evidence(a: &PlanAnalysis, e: &PlanEvidence) -> Option<Evidence> {
    let plan = &a.plan;
    let i = *a.passage_index.get(&e.passage)?;
    let p = &plan.passages[i];
    Some(Evidence {
        section: e.section.clone(),
        section_label: label(plan, p.node),
        passage: e.passage.clone(),
        role: wire_name(&e.role),
        text: plan.passage_text(i).to_owned(),
        spans: relative(&e.spans, p.chars.start),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analysis() -> PlanAnalysis {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data");
        let text = std::fs::read_to_string(format!("{dir}/plan/plan.txt")).unwrap();
        let fc: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(format!("{dir}/entities.geojson")).unwrap(),
        )
        .unwrap();
        PlanAnalysis::build(
            &text,
            &serde_json::from_value::<Vec<app::model::Entity>>(fc["features"].clone()).unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn sections_carry_their_text_mentions_and_place() {
        let a = analysis();
        assert_eq!(toc(&a).iter().filter(|n| n.kind == "chapter").count(), 5);
        let s = section(&a, "box9").unwrap();
        assert_eq!(s.path.last().map(|p| p.0.as_str()), Some("box9"));
        let all: String = s.passages.iter().map(|p| p.text.as_str()).collect();
        assert!(all.contains("新型功能材料"), "{all}");
        for p in &s.passages {
            for m in &p.mentions {
                let text: String = p.text.chars().skip(m.start).take(m.end - m.start).collect();
                assert!(text.chars().count() >= 2, "{text}");
            }
        }
        assert!(s.entity_count > 10);
        assert!(section(&a, "nope").is_none());
        // The reader opens a row's passage in its 专栏, counting what each part names.
        let r = reading(&a, "box9-g1-r1.p1").unwrap();
        assert_eq!(r.id, "box9");
        assert!(r
            .node_counts
            .iter()
            .any(|(id, n)| id == "box9-g1-r1" && *n > 0));
        assert_eq!(reading(&a, "ch3-s4-i3-1").unwrap().id, "ch3-s4");
    }

    #[test]
    fn hits_and_evidence_mark_the_matched_text() {
        let a = analysis();
        let hits = text_hits(&a, "海上风电");
        assert!(!hits.is_empty());
        for h in &hits {
            let (s, e) = h.spans[0];
            assert_eq!(
                h.text.chars().skip(s).take(e - s).collect::<String>(),
                "海上风电"
            );
            assert!(
                h.section_label.starts_with('第') || h.section_label.starts_with('专'),
                "{}",
                h.section_label
            );
        }
        let hit = &a.industry.search("膜材料", 5)[0];
        let ev = evidence(&a, &hit.evidence[0]).unwrap();
        let marked: Vec<String> = ev
            .spans
            .iter()
            .map(|&(s, e)| ev.text.chars().skip(s).take(e - s).collect())
            .collect();
        assert!(marked.iter().any(|m| m == "膜材料"), "{marked:?}");
    }
}
