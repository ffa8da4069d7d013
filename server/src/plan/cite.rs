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
    /// Resolves every ref of every entity.
    pub fn resolve(plan: &Plan, entities: &[Entity]) -> Citations {
        let table = char_byte_table(&plan.body);
        let mut out = Citations::default();
        for e in entities {
            for (i, r) in e.refs.iter().enumerate() {
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
mod tests {
    use super::*;
    use crate::plan::testdata;
    use app::model::PlanRef;

    fn entity(refs: &[(&str, &str)]) -> Entity {
        Entity {
            id: "t".into(),
            name_zh: "t".into(),
            aliases: vec![],
            sectors: vec![],
            refs: refs
                .iter()
                .map(|(s, q)| PlanRef {
                    section: s.to_string(),
                    quote: q.to_string(),
                })
                .collect(),
        }
    }

    #[test]
    fn every_catalogue_ref_resolves_to_exactly_one_passage() {
        let c = testdata::citations();
        let report: Vec<String> = c
            .unresolved
            .iter()
            .map(|u| {
                format!(
                    "{} [{}] {:?}: {:?}",
                    u.entity, u.section, u.quote, u.problem
                )
            })
            .collect();
        assert!(report.is_empty(), "unresolved refs:\n{}", report.join("\n"));
        let total: usize = testdata::entities().iter().map(|e| e.refs.len()).sum();
        assert_eq!(c.resolved.len(), total);
        assert_eq!(total, 315);
    }

    #[test]
    fn repeated_quotes_are_placed_by_section() {
        let plan = testdata::plan();
        let q = "中国福建能源材料科学与技术创新实验室";
        let e = entity(&[
            ("专栏8（4）", q),
            ("专栏4 创新平台（4）", q),
            ("专栏3 创新平台（1）", q),
        ]);
        let c = Citations::resolve(plan, &[e]);
        let ids: Vec<&str> = c
            .resolved
            .iter()
            .map(|c| plan.passages[c.passage].id.as_str())
            .collect();
        assert_eq!(ids, ["box8-r4.p1", "box4-g1-r4.p1", "box3-g1-r1.p1"]);
        for cit in &c.resolved {
            assert_eq!(plan.slice(cit.span), q);
        }
    }

    #[test]
    fn problems_are_reported_not_guessed() {
        let plan = testdata::plan();
        let e = entity(&[
            ("专栏8（4）", "  "),
            ("专栏99", "氢能"),
            ("专栏8（4）", "不存在的文字"),
            ("专栏8（4）", "福州氢能产业基地"),
            ("第三章 第四节 三（一）", "氢"),
        ]);
        let c = Citations::resolve(plan, &[e]);
        let problems: Vec<_> = c.unresolved.iter().map(|u| &u.problem).collect();
        assert!(matches!(
            problems[..],
            [
                Problem::EmptyQuote,
                Problem::BadSection,
                Problem::NotFound,
                Problem::OutsideSection(_),
                Problem::Ambiguous(_)
            ]
        ));
        assert!(c.resolved.is_empty());
    }

    #[test]
    fn quotes_across_a_passage_boundary_keep_their_whole_span() {
        let plan = testdata::plan();
        let e = entity(&[(
            "第三章 第一节 三（五）",
            "金融服务产品。加强金融科技审慎监管",
        )]);
        let c = Citations::resolve(plan, &[e]);
        let cit = &c.resolved[0];
        assert_eq!(plan.passages[cit.passage].id, "ch3-s1-i3-5.p1");
        assert_eq!(cit.passages.len(), 2);
        assert_eq!(plan.slice(cit.span), "金融服务产品。加强金融科技审慎监管");
    }
}
