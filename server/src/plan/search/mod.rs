//! Searching the plan: (a) exact substring search over passages
//! ([`search_text`]); (b) ranking entities for an industry query by the
//! text that cites them ([`IndustryIndex`], see `industry` for the
//! formula); plus a synthetic corpus builder for benchmarks
//! ([`synthetic_corpus`]).

use serde::Serialize;

use crate::plan::structure::{Plan, Span};
use crate::plan::text::{char_byte_table, find_all_chars, normalise};

mod bm25;
mod evidence;
mod industry;
mod synthetic;

pub use evidence::{Evidence, Hit, Role};
pub use industry::{IndustryIndex, CONTEXT_WEIGHT};
pub use synthetic::synthetic_corpus;

/// A passage containing the searched text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextHit {
    pub passage: usize,
    /// Non-overlapping match ranges (body char offsets), in order.
    pub spans: Vec<Span>,
}

/// Exact search for `query` (normalised like the body) in every passage.
pub fn search_text(plan: &Plan, query: &str) -> Vec<TextHit> {
    let q = normalise(query);
    let len = q.chars().count();
    if len == 0 {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for (i, p) in plan.passages.iter().enumerate() {
        let text = plan.passage_text(i);
        let mut spans: Vec<Span> = Vec::new();
        for s in find_all_chars(text, &char_byte_table(text), &q) {
            if spans.last().is_none_or(|l| l.end <= p.chars.start + s) {
                spans.push(Span::new(p.chars.start + s, p.chars.start + s + len));
            }
        }
        if !spans.is_empty() {
            hits.push(TextHit { passage: i, spans });
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::testdata;

    #[test]
    fn finds_every_occurrence_with_passage_and_range() {
        let plan = testdata::plan();
        let hits = search_text(plan, "海上风电");
        let total: usize = hits.iter().map(|h| h.spans.len()).sum();
        assert_eq!(total, plan.body.matches("海上风电").count());
        for h in &hits {
            for s in &h.spans {
                assert_eq!(plan.slice(*s), "海上风电");
                assert_eq!(plan.passage_at(s.start), Some(h.passage));
            }
        }
        let ids: Vec<&str> = search_text(plan, "膜 材料")
            .iter()
            .map(|h| plan.passages[h.passage].id.as_str())
            .collect();
        assert_eq!(ids, ["box9-g1-r1.p1"], "whitespace in the query is ignored");
        assert!(search_text(plan, " ").is_empty());
        let overlapping = search_text(plan, "研究研究");
        assert!(overlapping.is_empty());
    }
}
