//! The parsed plan: a tree of structural nodes over one normalised body
//! string, partitioned into passages.
//!
//! Why this shape: quotes, mentions and search hits are all char ranges in
//! the same whitespace-free body, so every consumer can map a range to the
//! passage (and from there to the 章/节/item/专栏 row) that contains it by a
//! binary search. Nodes live in a flat arena (`Plan::nodes`, root at index 0)
//! and refer to children, parent and passages by index; this keeps the tree
//! trivially serialisable and cheap to walk upwards.

use serde::{Deserialize, Serialize};

use crate::plan::error::PlanError;
pub use crate::plan::kinds::{NodeKind, PassageKind};
pub use crate::plan::span::Span;
use crate::plan::text::char_byte_table;

/// One structural unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// Stable ascii id derived from the numbering: `ch3-s1-i1-1`, `box1-g2-r1`.
    pub id: String,
    pub kind: NodeKind,
    /// The number as the plan writes it (`第三章`, `（一）`, `专栏1`, `3`);
    /// empty when the unit is unnumbered.
    pub number: String,
    /// Heading text without its number and trailing `。`/`：`; empty when the
    /// unit has no heading.
    pub title: String,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Indices into `Plan::passages`, in reading order.
    pub passages: Vec<usize>,
}

/// A paragraph-sized, contiguous piece of the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    /// `<node id>.h` for headings/labels, `<node id>.p<k>` otherwise.
    pub id: String,
    pub kind: PassageKind,
    pub node: usize,
    /// Char offsets into `Plan::body`.
    pub chars: Span,
    /// Byte offsets into `Plan::body` (same range as `chars`).
    pub bytes: Span,
}

/// The plan as a tree of nodes over a normalised body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "PlanRepr")]
pub struct Plan {
    /// The whole text, page footers and whitespace removed, reading order.
    pub body: String,
    pub nodes: Vec<Node>,
    /// Passages sorted by position; together they cover `body` exactly.
    pub passages: Vec<Passage>,
    #[serde(skip)]
    table: Vec<usize>,
}

/// Wire form of [`Plan`]; deserialisation rebuilds the char table and
/// re-checks the invariants.
#[derive(Deserialize)]
struct PlanRepr {
    body: String,
    nodes: Vec<Node>,
    passages: Vec<Passage>,
}

impl TryFrom<PlanRepr> for Plan {
    type Error = PlanError;
    fn try_from(r: PlanRepr) -> Result<Self, PlanError> {
        Plan::from_parts(r.body, r.nodes, r.passages)
    }
}

impl Plan {
    /// Assembles a plan and checks that the passages tile the body (no gap,
    /// no overlap, byte and char ranges agree), that the node links are
    /// consistent (root at 0, parent/children/passages agree) and that ids
    /// are unique.
    pub fn from_parts(
        body: String,
        nodes: Vec<Node>,
        passages: Vec<Passage>,
    ) -> Result<Self, PlanError> {
        let table = char_byte_table(&body);
        let total = table.len() - 1;
        let mut at = 0;
        for p in &passages {
            let bytes_ok = table.get(p.chars.start) == Some(&p.bytes.start)
                && table.get(p.chars.end) == Some(&p.bytes.end);
            if p.chars.start != at || p.chars.is_empty() || !bytes_ok || p.node >= nodes.len() {
                return Err(PlanError::Coverage {
                    passage: p.id.clone(),
                });
            }
            at = p.chars.end;
        }
        if at != total {
            return Err(PlanError::Coverage {
                passage: "<end of body>".into(),
            });
        }
        let n = nodes.len();
        if !nodes
            .first()
            .is_some_and(|r| r.parent.is_none() && r.kind == NodeKind::Document)
        {
            return Err(PlanError::BadNode("<root>".into()));
        }
        for (i, node) in nodes.iter().enumerate() {
            let links_ok = node
                .parent
                .is_none_or(|p| p < n && nodes[p].children.contains(&i))
                && (node.parent.is_some() == (i > 0))
                && node
                    .children
                    .iter()
                    .all(|&c| c < n && nodes[c].parent == Some(i))
                && node
                    .passages
                    .iter()
                    .all(|&p| passages.get(p).is_some_and(|q| q.node == i));
            if !links_ok {
                return Err(PlanError::BadNode(node.id.clone()));
            }
        }
        let mut ids = std::collections::HashSet::new();
        let all = nodes
            .iter()
            .map(|n| &n.id)
            .chain(passages.iter().map(|p| &p.id));
        for id in all {
            if !ids.insert(id.as_str()) {
                return Err(PlanError::DuplicateId(id.clone()));
            }
        }
        Ok(Plan {
            body,
            nodes,
            passages,
            table,
        })
    }

    /// Number of chars in the body.
    pub fn char_len(&self) -> usize {
        self.table.len() - 1
    }

    /// Text of a char range of the body (empty if out of range).
    pub fn slice(&self, span: Span) -> &str {
        match (self.table.get(span.start), self.table.get(span.end)) {
            (Some(&a), Some(&b)) if a <= b => &self.body[a..b],
            _ => "",
        }
    }

    /// Byte offset of a char offset (clamped to the body length).
    pub fn byte_of(&self, ch: usize) -> usize {
        self.table.get(ch).copied().unwrap_or(self.body.len())
    }

    /// The passage's text.
    pub fn passage_text(&self, passage: usize) -> &str {
        self.passages
            .get(passage)
            .map_or("", |p| &self.body[p.bytes.start..p.bytes.end])
    }

    /// Index of the passage containing char offset `ch`.
    pub fn passage_at(&self, ch: usize) -> Option<usize> {
        let i = self.passages.partition_point(|p| p.chars.end <= ch);
        (i < self.passages.len() && self.passages[i].chars.start <= ch).then_some(i)
    }

    /// Index of the node with this id.
    pub fn node_index(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }

    /// `node` itself, then its parent, up to the root.
    pub fn ancestors(&self, node: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(Some(node), move |&n| {
            self.nodes.get(n).and_then(|n| n.parent)
        })
    }

    /// True when `node` is `ancestor` or lies below it.
    pub fn is_within(&self, node: usize, ancestor: usize) -> bool {
        self.ancestors(node).any(|a| a == ancestor)
    }

    /// Nearest enclosing node (including `node`) of one of the given kinds.
    pub fn enclosing(&self, node: usize, kinds: &[NodeKind]) -> Option<usize> {
        self.ancestors(node)
            .find(|&a| kinds.contains(&self.nodes[a].kind))
    }

    /// `node` and its descendants, in reading order (depth first).
    pub fn subtree_nodes(&self, node: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            out.push(n);
            stack.extend(self.nodes[n].children.iter().rev());
        }
        out
    }

    /// All passages of `node` and its descendants, in reading order.
    pub fn subtree_passages(&self, node: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .subtree_nodes(node)
            .into_iter()
            .flat_map(|n| self.nodes[n].passages.iter().copied())
            .collect();
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
#[path = "structure_tests.rs"]
mod tests;
