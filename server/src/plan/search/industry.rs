//! Ranking entities for an industry query.
//!
//! Each resolved citation `c` of an entity has three
//! pieces of evidence text, each scored with BM25 (see `bm25`):
//! - `P`, the cited passage;
//! - `S`, its segment: from the quote's start to the next quote of another
//!   citation in the same passage or the end of the sentence, whichever
//!   comes first (never shorter than the quote). In `支持建设福州新型功能材料
//!   产业集群（膜材料、…）、厦门新型功能材料产业集群（…）` the parenthesis
//!   after 福州 belongs to 福州's segment, not 厦门's. `S` uses the corpus
//!   idf, its own tf and length, and the mean segment length as avgdl;
//! - `C`, the other passages of the enclosing numbered item (`一、`/`（一）`/
//!   `1.`), or, outside items, the heading of the enclosing 专栏.
//!
//! score(c) = BM25(P) + BM25(S) + 0.5 · max_{p ∈ C} BM25(p);
//! score(entity) = max over its citations. Ties break by entity id.

use std::collections::HashMap;

use super::bm25::{self, Bm25, Term};
use super::evidence::{self as units, match_spans, Evidence, Hit, Role};
use crate::plan::cite::Citations;
use crate::plan::structure::{Plan, Span};
use crate::plan::text::normalise;

/// Weight of the best context passage.
pub const CONTEXT_WEIGHT: f64 = 0.5;

#[derive(Debug, Clone)]
struct Cite {
    entity: u32,
    passage: u32,
    segment: Span,
    /// |S| for BM25.
    segment_len: f64,
    context: Vec<u32>,
}

/// BM25 index over passages with the citations needed to rank entities.
/// Build once; `search` does not allocate per passage.
#[derive(Debug, Clone)]
pub struct IndustryIndex {
    bm25: Bm25,
    body: Vec<char>,
    passages: Vec<(Span, String, String)>,
    entities: Vec<String>,
    cites: Vec<Cite>,
    /// Citations whose P or C contains the passage.
    touching: Vec<Vec<u32>>,
    /// Citations per entity.
    by_entity: Vec<Vec<u32>>,
    avg_segment: f64,
}

impl IndustryIndex {
    /// Indexes the passages of `plan` and the resolved `citations`.
    pub fn build(plan: &Plan, citations: &Citations) -> IndustryIndex {
        let body: Vec<char> = plan.body.chars().collect();
        let spans = plan.passages.iter().map(|p| p.chars);
        let bm25 = Bm25::build(spans.clone().map(|s| &body[s.start..s.end]));
        let passages = plan
            .passages
            .iter()
            .map(|p| (p.chars, plan.nodes[p.node].id.clone(), p.id.clone()))
            .collect();
        let mut quote_starts = vec![Vec::new(); plan.passages.len()];
        // Citations of another plan (out of range) are ignored.
        let valid = |c: &&crate::plan::cite::Citation| {
            plan.passages
                .get(c.passage)
                .is_some_and(|p| p.chars.start <= c.span.start && c.span.end <= plan.char_len())
        };
        for c in citations.resolved.iter().filter(valid) {
            quote_starts[c.passage].push(c.span.start);
        }
        let mut entities: Vec<String> = Vec::new();
        let mut entity_index: HashMap<&str, u32> = HashMap::new();
        let mut cites = Vec::new();
        for c in citations.resolved.iter().filter(valid) {
            let entity = *entity_index.entry(&c.entity).or_insert_with(|| {
                entities.push(c.entity.clone());
                u32::try_from(entities.len() - 1).unwrap_or(u32::MAX)
            });
            let segment = units::segment(plan, &body, &quote_starts[c.passage], c.passage, c.span);
            let passage = u32::try_from(c.passage).unwrap_or(u32::MAX);
            let context = units::context(plan, c.passage)
                .into_iter()
                .filter(|&p| p != passage)
                .collect();
            let segment_len = bm25::doc_len(&body[segment.start..segment.end]) as f64;
            cites.push(Cite {
                entity,
                passage,
                segment,
                segment_len,
                context,
            });
        }
        let mut touching = vec![Vec::new(); plan.passages.len()];
        let mut by_entity = vec![Vec::new(); entities.len()];
        for (i, c) in cites.iter().enumerate() {
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            for &p in std::iter::once(&c.passage).chain(&c.context) {
                touching[p as usize].push(i);
            }
            by_entity[c.entity as usize].push(i);
        }
        let seg_total: f64 = cites.iter().map(|c| c.segment_len).sum();
        let avg_segment = (seg_total / cites.len().max(1) as f64).max(1.0);
        IndustryIndex {
            bm25,
            body,
            passages,
            entities,
            cites,
            touching,
            by_entity,
            avg_segment,
        }
    }

    /// The `k` best entities for `query`, best first.
    pub fn search(&self, query: &str, k: usize) -> Vec<Hit> {
        let terms = bm25::query_terms(&normalise(query));
        if terms.is_empty() || k == 0 {
            return Vec::new();
        }
        let idfs = self.bm25.idfs(&terms);
        let doc = self.bm25.score_all(&terms, &idfs);
        // Each citation touching a matching passage is scored once.
        let mut seen = vec![false; self.cites.len()];
        let mut tf = vec![0; terms.len()];
        let mut best: Vec<f64> = vec![0.0; self.entities.len()];
        for (p, _) in doc.iter().enumerate().filter(|(_, s)| **s > 0.0) {
            for &ci in &self.touching[p] {
                if std::mem::replace(&mut seen[ci as usize], true) {
                    continue;
                }
                let c = &self.cites[ci as usize];
                let s = self.cite_score(c, &doc, &terms, &idfs, &mut tf);
                let slot = &mut best[c.entity as usize];
                *slot = slot.max(s);
            }
        }
        let mut ranked: Vec<(f64, usize)> = best
            .iter()
            .enumerate()
            .filter(|(_, b)| **b > 0.0)
            .map(|(e, b)| (*b, e))
            .collect();
        let order = |a: &(f64, usize), b: &(f64, usize)| {
            b.0.total_cmp(&a.0)
                .then_with(|| self.entities[a.1].cmp(&self.entities[b.1]))
        };
        if ranked.len() > k {
            ranked.select_nth_unstable_by(k - 1, order);
            ranked.truncate(k);
        }
        ranked.sort_by(order);
        ranked
            .into_iter()
            .map(|(score, e)| self.hit(e, score, &doc, &terms, &idfs))
            .collect()
    }

    fn cite_score(
        &self,
        c: &Cite,
        doc: &[f64],
        terms: &[Term],
        idfs: &[f64],
        tf: &mut [u32],
    ) -> f64 {
        let ctx = c
            .context
            .iter()
            .map(|&p| doc[p as usize])
            .fold(0.0, f64::max);
        let passage = doc[c.passage as usize];
        // S lies inside P, so it can only match when P does.
        let segment = if passage > 0.0 {
            self.segment_score(c, terms, idfs, tf)
        } else {
            0.0
        };
        passage + segment + CONTEXT_WEIGHT * ctx
    }

    fn segment_score(&self, c: &Cite, terms: &[Term], idfs: &[f64], tf: &mut [u32]) -> f64 {
        bm25::term_freqs(&self.body[c.segment.start..c.segment.end], terms, tf);
        tf.iter()
            .zip(idfs)
            .filter(|(t, _)| **t > 0)
            .map(|(&t, idf)| idf * bm25::weight(f64::from(t), c.segment_len, self.avg_segment))
            .sum()
    }

    fn hit(&self, entity: usize, score: f64, doc: &[f64], terms: &[Term], idfs: &[f64]) -> Hit {
        let mut tf = vec![0; terms.len()];
        let mut mine: Vec<(f64, &Cite)> = self.by_entity[entity]
            .iter()
            .map(|&ci| &self.cites[ci as usize])
            .map(|c| (self.cite_score(c, doc, terms, idfs, &mut tf), c))
            .collect();
        mine.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut evidence = Vec::new();
        for (_, c) in mine.iter().filter(|(_, c)| doc[c.passage as usize] > 0.0) {
            if !evidence
                .iter()
                .any(|e: &Evidence| e.passage == self.passages[c.passage as usize].2)
            {
                evidence.push(self.evidence(c.passage, Role::Cited, terms));
            }
        }
        let top_ctx = mine.first().and_then(|(_, c)| {
            c.context
                .iter()
                .copied()
                .filter(|&p| doc[p as usize] > 0.0)
                .max_by(|a, b| doc[*a as usize].total_cmp(&doc[*b as usize]))
        });
        evidence.extend(top_ctx.map(|p| self.evidence(p, Role::Context, terms)));
        Hit {
            entity: self.entities[entity].clone(),
            score,
            evidence,
        }
    }

    fn evidence(&self, passage: u32, role: Role, terms: &[Term]) -> Evidence {
        let (span, section, id) = &self.passages[passage as usize];
        let spans = match_spans(&self.body, *span, terms);
        Evidence {
            section: section.clone(),
            passage: id.clone(),
            role,
            spans,
        }
    }
}

#[cfg(test)]
#[path = "industry_tests.rs"]
mod tests;
