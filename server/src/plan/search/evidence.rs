//! Evidence: the result types of the industry ranking, the match ranges
//! shown to users, and the text units of a citation besides its passage
//! (the quote's segment and the surrounding context; see `industry` for
//! how they are scored).

use serde::Serialize;

use super::bm25::{self, Term};
use crate::plan::structure::{NodeKind, Plan, Span};

/// Whether evidence is a cited passage or the context around one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Cited,
    Context,
}

/// Why an entity matched.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// Id of the node the passage belongs to (`ch3-s3-i3-2`, `box9-g1-r1`).
    pub section: String,
    pub passage: String,
    pub role: Role,
    /// Body char ranges covered by query terms.
    pub spans: Vec<Span>,
}

/// One ranked entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub entity: String,
    pub score: f64,
    /// Cited passages with matches (best citation first), then the best
    /// context passage of the best citation, if it matched.
    pub evidence: Vec<Evidence>,
}

/// Maximal runs of chars of `body[span]` covered by query terms, as body
/// char ranges.
pub(crate) fn match_spans(body: &[char], span: Span, terms: &[Term]) -> Vec<Span> {
    let mark = bm25::covered(&body[span.start..span.end], terms);
    let mut spans: Vec<Span> = Vec::new();
    for (i, _) in mark.iter().enumerate().filter(|(_, m)| **m) {
        let at = span.start + i;
        match spans.last_mut() {
            Some(last) if last.end == at => last.end = at + 1,
            _ => spans.push(Span::new(at, at + 1)),
        }
    }
    spans
}

/// See the module docs: quote start to the next other quote or sentence end.
/// `starts` are the quote starts of all citations in `passage`.
pub(crate) fn segment(
    plan: &Plan,
    body: &[char],
    starts: &[usize],
    passage: usize,
    quote: Span,
) -> Span {
    let pend = plan.passages[passage].chars.end;
    let next_quote = starts
        .iter()
        .copied()
        .filter(|&s| s > quote.start)
        .min()
        .unwrap_or(pend);
    let from = quote.end.saturating_sub(1).min(pend);
    let sentence = body[from..pend]
        .iter()
        .position(|c| matches!(c, '。' | '；'))
        .map_or(pend, |i| from + i + 1);
    Span::new(
        quote.start,
        next_quote.min(sentence).max(quote.end).min(pend),
    )
}

/// Passages of the nearest enclosing numbered item, else the 专栏 heading.
pub(crate) fn context(plan: &Plan, passage: usize) -> Vec<u32> {
    let node = plan.passages[passage].node;
    let to_u32 = |v: Vec<usize>| {
        v.into_iter()
            .filter_map(|p| u32::try_from(p).ok())
            .collect()
    };
    if let Some(item) = plan.enclosing(node, &[NodeKind::Point, NodeKind::SubItem, NodeKind::Item])
    {
        return to_u32(plan.subtree_passages(item));
    }
    match plan.enclosing(node, &[NodeKind::Box]) {
        Some(bx) => to_u32(plan.nodes[bx].passages.iter().copied().take(1).collect()),
        None => Vec::new(),
    }
}
