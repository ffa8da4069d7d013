//! Resolving catalogue refs `{section, quote}` to one passage and char range.
//!
//! The quote is normalised like the body (whitespace and page footers
//! removed) and searched for in the body. Only occurrences that start inside
//! the node named by `section` count, so a quote that the plan repeats
//! (`中国福建能源材料科学与技术创新实验室` is in 专栏3, 专栏4 and 专栏8) is
//! attributed to the place the catalogue meant. Exactly one occurrence must
//! remain; anything else is reported, never guessed.
//!
//! A quote that crosses a passage boundary is attributed to the passage in
//! which it starts; its `span` is kept whole (not clipped) and `passages`
//! lists every passage it touches, the starting one first.

use serde::{Deserialize, Serialize};

use crate::plan::entity::Entity;
use crate::plan::section::SectionRef;
use crate::plan::structure::{Plan, Span};
use crate::plan::text::{char_byte_table, find_all_chars, normalise};

/// A resolved ref.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    /// Entity id.
    pub entity: String,
    /// Index of the ref in the entity's `refs`.
    pub ref_index: usize,
    /// Passage (index into `Plan::passages`) where the quote starts.
    pub passage: usize,
    /// Char range of the quote in `Plan::body`.
    pub span: Span,
    /// All passages the quote touches (usually just `passage`).
    pub passages: Vec<usize>,
}

/// Why a ref could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    EmptyQuote,
    /// The `section` string has an unknown form or names no node.
    BadSection,
    /// The quote is nowhere in the plan.
    NotFound,
    /// The quote occurs, but not inside the section (ids of the passages
    /// where it does occur).
    OutsideSection(Vec<String>),
    /// The quote occurs several times inside the section (passage ids, one
    /// per occurrence).
    Ambiguous(Vec<String>),
}

/// A ref that could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unresolved {
    pub entity: String,
    pub ref_index: usize,
    pub section: String,
    pub quote: String,
    pub problem: Problem,
}

/// All refs of a set of entities, resolved against one plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citations {
    /// In entity order, then ref order.
    pub resolved: Vec<Citation>,
    pub unresolved: Vec<Unresolved>,
}

impl Citations {
    /// Resolves every ref of the plan's of every entity.
    pub fn resolve(plan: &Plan, entities: &[Entity]) -> Citations {
        let table = char_byte_table(&plan.body);
        let mut out = Citations::default();
        for e in entities {
            // Citations of other documents (curated entities) have no passage here.
            let in_plan = e
                .refs
                .iter()
                .enumerate()
                .filter(|(_, r)| r.document.is_none());
            for (i, r) in in_plan {
                match resolve_one(plan, &table, &r.section, &r.quote) {
                    Ok((start, len)) => out.resolved.push(citation(plan, &e.id, i, start, len)),
                    Err(problem) => out.unresolved.push(Unresolved {
                        entity: e.id.clone(),
                        ref_index: i,
                        section: r.section.clone(),
                        quote: r.quote.clone(),
                        problem,
                    }),
                }
            }
        }
        out
    }

    /// The citations of one entity.
    pub fn of_entity<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Citation> + 'a {
        self.resolved.iter().filter(move |c| c.entity == id)
    }
}

fn citation(plan: &Plan, entity: &str, ref_index: usize, start: usize, len: usize) -> Citation {
    let span = Span::new(start, start + len);
    let first = plan.passage_at(start).unwrap_or(0);
    let last = plan.passage_at(span.end.saturating_sub(1)).unwrap_or(first);
    Citation {
        entity: entity.to_string(),
        ref_index,
        passage: first,
        span,
        passages: (first..=last).collect(),
    }
}

/// Start (char offset) and length of the one acceptable occurrence.
fn resolve_one(
    plan: &Plan,
    table: &[usize],
    section: &str,
    quote: &str,
) -> Result<(usize, usize), Problem> {
    let q = normalise(quote);
    if q.is_empty() {
        return Err(Problem::EmptyQuote);
    }
    let node = SectionRef::parse(section)
        .and_then(|s| s.node(plan))
        .ok_or(Problem::BadSection)?;
    let hits = find_all_chars(&plan.body, table, &q);
    if hits.is_empty() {
        return Err(Problem::NotFound);
    }
    let passage_id = |&h: &usize| plan.passage_at(h).map(|p| plan.passages[p].id.clone());
    let inside: Vec<usize> = hits
        .iter()
        .copied()
        .filter(|&h| {
            plan.passage_at(h)
                .is_some_and(|p| plan.is_within(plan.passages[p].node, node))
        })
        .collect();
    match inside.as_slice() {
        [one] => Ok((*one, q.chars().count())),
        [] => Err(Problem::OutsideSection(
            hits.iter().filter_map(passage_id).collect(),
        )),
        many => Err(Problem::Ambiguous(
            many.iter().filter_map(passage_id).collect(),
        )),
    }
}

#[cfg(test)]
#[path = "cite_tests.rs"]
mod tests;
