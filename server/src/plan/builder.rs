//! Incremental construction of a [`Plan`]: the parser appends whole lines
//! to the body and opens/closes passages at line boundaries, so passages
//! tile the body by construction (and `Plan::from_parts` re-checks it).

use crate::plan::error::PlanError;
use crate::plan::structure::{Node, NodeKind, Passage, PassageKind, Plan, Span};

struct Open {
    node: usize,
    kind: PassageKind,
    chars: usize,
    bytes: usize,
}

pub(crate) struct Builder {
    body: String,
    chars: usize,
    nodes: Vec<Node>,
    passages: Vec<Passage>,
    open: Option<Open>,
}

impl Builder {
    pub(crate) fn new() -> Self {
        let root = Node {
            id: "plan".into(),
            kind: NodeKind::Document,
            number: String::new(),
            title: String::new(),
            parent: None,
            children: Vec::new(),
            passages: Vec::new(),
        };
        Builder {
            body: String::new(),
            chars: 0,
            nodes: vec![root],
            passages: Vec::new(),
            open: None,
        }
    }

    /// Adds a node below `parent` and returns its index.
    pub(crate) fn add(&mut self, parent: usize, kind: NodeKind, id: String, number: &str) -> usize {
        let idx = self.nodes.len();
        self.nodes.push(Node {
            id,
            kind,
            number: number.to_string(),
            title: String::new(),
            parent: Some(parent),
            children: Vec::new(),
            passages: Vec::new(),
        });
        self.nodes[parent].children.push(idx);
        idx
    }

    pub(crate) fn node(&self, idx: usize) -> &Node {
        &self.nodes[idx]
    }

    pub(crate) fn node_mut(&mut self, idx: usize) -> &mut Node {
        &mut self.nodes[idx]
    }

    /// Kind and node of the passage being accumulated, if any.
    pub(crate) fn open_kind(&self) -> Option<(usize, PassageKind)> {
        self.open.as_ref().map(|o| (o.node, o.kind))
    }

    /// Closes any open passage and opens a new one on `node`.
    pub(crate) fn open(&mut self, node: usize, kind: PassageKind) {
        self.close();
        self.open = Some(Open {
            node,
            kind,
            chars: self.chars,
            bytes: self.body.len(),
        });
    }

    /// Appends the (whitespace-free) text of one line to the open passage.
    pub(crate) fn push(&mut self, squeezed: &str) {
        self.body.push_str(squeezed);
        self.chars += squeezed.chars().count();
    }

    /// Ends the open passage, if any; an empty passage is dropped.
    pub(crate) fn close(&mut self) {
        let Some(open) = self.open.take() else { return };
        if self.chars == open.chars {
            return;
        }
        let node = &mut self.nodes[open.node];
        let id = match open.kind {
            PassageKind::Heading | PassageKind::Label => format!("{}.h", node.id),
            _ => {
                let k = node
                    .passages
                    .iter()
                    .filter(|&&p| !is_head(&self.passages[p]))
                    .count();
                format!("{}.p{}", node.id, k + 1)
            }
        };
        node.passages.push(self.passages.len());
        self.passages.push(Passage {
            id,
            kind: open.kind,
            node: open.node,
            chars: Span::new(open.chars, self.chars),
            bytes: Span::new(open.bytes, self.body.len()),
        });
    }

    /// A single-line passage.
    pub(crate) fn line_passage(&mut self, node: usize, kind: PassageKind, squeezed: &str) {
        self.open(node, kind);
        self.push(squeezed);
        self.close();
    }

    pub(crate) fn finish(mut self) -> Result<Plan, PlanError> {
        self.close();
        if self.body.is_empty() {
            return Err(PlanError::Empty);
        }
        let mut nodes = self.nodes;
        for node in nodes.iter_mut().filter(|n| n.title.is_empty()) {
            if let Some(&p) = node.passages.first() {
                let span = self.passages[p].bytes;
                node.title = run_in_title(node, &self.body[span.start..span.end]);
            }
        }
        Plan::from_parts(self.body, nodes, self.passages)
    }
}

fn is_head(p: &Passage) -> bool {
    matches!(p.kind, PassageKind::Heading | PassageKind::Label)
}

/// The heading written at the start of a numbered unit's first passage:
/// `（一）高性能集成电路。聚焦…` → `高性能集成电路`; `（1）中国东南（福建）科学城：…`
/// → `中国东南（福建）科学城`; an unnumbered 专栏9 row `新能源领域：…` →
/// `新能源领域`; a 表1 row `2战略性新兴产业增加值年均增速%…` → the indicator name.
fn run_in_title(node: &Node, text: &str) -> String {
    let rest = text.strip_prefix(node.number.as_str()).unwrap_or(text);
    let cut = |max: usize, stops: &[char]| -> String {
        match rest.char_indices().find(|(_, c)| stops.contains(c)) {
            Some((b, _)) if rest[..b].chars().count() <= max => rest[..b].to_string(),
            _ => String::new(),
        }
    };
    match node.kind {
        NodeKind::SubItem | NodeKind::Point => cut(40, &['。', '：']),
        NodeKind::BoxRow if node.number.is_empty() => cut(12, &['：']),
        NodeKind::BoxRow => cut(40, &['。', '：']),
        NodeKind::TableRow => indicator_name(rest),
        _ => String::new(),
    }
}

/// Leading run of letters/quotes of a 表1 row, minus the unit column
/// (亿元, 件, 个, 家) that the extraction glues onto it.
fn indicator_name(rest: &str) -> String {
    let end = rest
        .char_indices()
        .find(|(_, c)| !(c.is_alphabetic() || matches!(c, '“' | '”')))
        .map_or(rest.len(), |(b, _)| b);
    let run = &rest[..end];
    ["亿元", "件", "个", "家"]
        .iter()
        .find_map(|u| run.strip_suffix(u))
        .unwrap_or(run)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passages_tile_the_body_and_get_ids() {
        let mut b = Builder::new();
        let ch = b.add(0, NodeKind::Chapter, "ch1".into(), "第一章");
        b.line_passage(ch, PassageKind::Heading, "第一章总则");
        b.open(ch, PassageKind::Paragraph);
        b.push("甲乙。");
        b.open(ch, PassageKind::Paragraph);
        b.close();
        b.open(ch, PassageKind::Paragraph);
        b.push("丙。");
        let plan = b.finish().expect("valid plan");
        let ids: Vec<_> = plan.passages.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["ch1.h", "ch1.p1", "ch1.p2"]);
        assert_eq!(plan.passage_text(1), "甲乙。");
        assert_eq!(plan.passage_at(6), Some(1));
        assert_eq!(plan.passage_at(8), Some(2));
        assert_eq!(plan.passage_at(9), Some(2));
        assert_eq!(plan.passage_at(10), None);
    }

    #[test]
    fn run_in_titles() {
        let mut n = Node {
            id: "x".into(),
            kind: NodeKind::SubItem,
            number: "（一）".into(),
            title: String::new(),
            parent: None,
            children: vec![],
            passages: vec![],
        };
        assert_eq!(
            run_in_title(&n, "（一）高性能集成电路。聚焦存储器"),
            "高性能集成电路"
        );
        n.kind = NodeKind::TableRow;
        n.number = "11".into();
        assert_eq!(
            run_in_title(&n, "11省级“专精特新”中小企业家8261000预期性"),
            "省级“专精特新”中小企业"
        );
        n.kind = NodeKind::BoxRow;
        n.number = String::new();
        assert_eq!(run_in_title(&n, "新能源领域：支持建设"), "新能源领域");
        assert_eq!(
            run_in_title(&n, "支持建设福州新型功能材料产业集群（膜材料）"),
            ""
        );
    }

    #[test]
    fn empty_text_is_an_error() {
        assert_eq!(Builder::new().finish(), Err(PlanError::Empty));
    }
}
