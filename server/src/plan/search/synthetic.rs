//! A larger corpus for benchmarks: `copies` copies of the plan, each a full
//! node tree with its own ids (`x3-ch3-s1`), whose word chars are replaced
//! with probability 1/16 by chars drawn from the plan's own text (so the
//! character distribution stays realistic), with the citations copied
//! along (entity ids `id#3`). Copy 0 is the unperturbed original. A fixed
//! seed makes the corpus reproducible.

use crate::plan::cite::{Citation, Citations};
use crate::plan::error::PlanError;
use crate::plan::structure::{Node, Passage, Plan, Span};
use crate::plan::text::is_word_char;

/// Knuth's MMIX linear congruential generator.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.0 >> 33).unwrap_or(0)
    }
}

/// Builds the synthetic plan and its citations.
pub fn synthetic_corpus(
    plan: &Plan,
    citations: &Citations,
    copies: usize,
    seed: u64,
) -> Result<(Plan, Citations), PlanError> {
    let alphabet: Vec<char> = plan.body.chars().filter(|c| is_word_char(*c)).collect();
    let mut rng = Lcg(seed);
    let (n_nodes, n_pass, n_chars) = (plan.nodes.len() - 1, plan.passages.len(), plan.char_len());
    let mut root = plan.nodes[0].clone();
    root.children.clear();
    let mut nodes = vec![root];
    let mut passages = Vec::with_capacity(copies * n_pass);
    let mut body = String::with_capacity(copies * plan.body.len());
    let mut out = Citations::default();
    for copy in 0..copies {
        let prefix = if copy == 0 {
            String::new()
        } else {
            format!("x{copy}-")
        };
        let map_node = |i: usize| {
            if i == 0 {
                0
            } else {
                1 + copy * n_nodes + (i - 1)
            }
        };
        for (i, n) in plan.nodes.iter().enumerate().skip(1) {
            if n.parent == Some(0) {
                nodes[0].children.push(map_node(i));
            }
            nodes.push(Node {
                id: format!("{prefix}{}", n.id),
                parent: n.parent.map(map_node),
                children: n.children.iter().map(|&c| map_node(c)).collect(),
                passages: n.passages.iter().map(|&p| p + copy * n_pass).collect(),
                ..n.clone()
            });
        }
        for (i, p) in plan.passages.iter().enumerate() {
            let start_byte = body.len();
            for c in plan.passage_text(i).chars() {
                let swap = copy > 0
                    && is_word_char(c)
                    && rng.next().is_multiple_of(16)
                    && !alphabet.is_empty();
                body.push(if swap {
                    alphabet[rng.next() % alphabet.len()]
                } else {
                    c
                });
            }
            let shift = copy * n_chars;
            passages.push(Passage {
                id: format!("{prefix}{}", p.id),
                kind: p.kind,
                node: map_node(p.node),
                chars: Span::new(p.chars.start + shift, p.chars.end + shift),
                bytes: Span::new(start_byte, body.len()),
            });
        }
        out.resolved
            .extend(citations.resolved.iter().map(|c| Citation {
                entity: if copy == 0 {
                    c.entity.clone()
                } else {
                    format!("{}#{copy}", c.entity)
                },
                ref_index: c.ref_index,
                passage: c.passage + copy * n_pass,
                span: Span::new(c.span.start + copy * n_chars, c.span.end + copy * n_chars),
                passages: c.passages.iter().map(|p| p + copy * n_pass).collect(),
            }));
    }
    Ok((Plan::from_parts(body, nodes, passages)?, out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::testdata;

    #[test]
    fn copies_are_valid_plans_and_reproducible() {
        let (plan, cites) = (testdata::plan(), testdata::citations());
        let (big, big_cites) = synthetic_corpus(plan, cites, 3, 7).expect("valid");
        assert_eq!(big.passages.len(), 3 * plan.passages.len());
        assert_eq!(big.char_len(), 3 * plan.char_len());
        assert_eq!(big_cites.resolved.len(), 3 * cites.resolved.len());
        assert_eq!(
            &big.body[..plan.body.len()],
            plan.body,
            "copy 0 is the original"
        );
        assert_ne!(
            big.passage_text(plan.passages.len() + 20),
            plan.passage_text(20),
            "copy 1 is perturbed"
        );
        assert_eq!(big.nodes[plan.node_index("box4").unwrap_or(0)].id, "box4");
        assert!(big.node_index("x2-box4").is_some());
        let again = synthetic_corpus(plan, cites, 3, 7).expect("valid");
        assert_eq!(again.0, big);
        let other = synthetic_corpus(plan, cites, 3, 8).expect("valid");
        assert_ne!(other.0.body, big.body);
    }
}

#[cfg(test)]
mod timing {
    use super::*;
    use crate::plan::search::IndustryIndex;
    use crate::plan::testdata;
    use std::time::Instant;

    /// `cargo test --release -- --ignored --nocapture timing`
    #[test]
    #[ignore]
    fn query_timings() {
        let queries = [
            "锂电池隔膜",
            "膜材料",
            "稀土永磁",
            "疫苗",
            "氢",
            "集成电路产业集群",
        ];
        for copies in [1, 10, 100] {
            let t = Instant::now();
            let (plan, cites) =
                synthetic_corpus(testdata::plan(), testdata::citations(), copies, 42)
                    .expect("corpus");
            let made = t.elapsed();
            let t = Instant::now();
            let idx = IndustryIndex::build(&plan, &cites);
            let built = t.elapsed();
            let rounds = 2000 / copies + 20;
            for q in queries {
                std::hint::black_box(idx.search(q, 10));
                let t = Instant::now();
                for _ in 0..rounds {
                    std::hint::black_box(idx.search(q, 10));
                }
                let per = t.elapsed() / u32::try_from(rounds).unwrap_or(1);
                println!(
                    "copies={copies:>3} passages={:>6} corpus {made:?} index {built:?} query {q}: {per:?}",
                    plan.passages.len()
                );
            }
        }
    }
}
