//! What a query asks of the plan (`section=`, `industry=`, `chain=`), as the index applies
//! it. The caller (`Data`) resolves section ids and industry text against the plan; the
//! index only sees catalogue positions and scores.
use app::model::CHAINS;

use super::Index;

/// Catalogue positions a `section=` names, and an `industry=` ranking (best first).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanMatch {
    pub only: Option<Vec<usize>>,
    pub ranked: Option<Vec<(usize, f64)>>,
}

/// One bit per sub-industry of `ids` (positions in `CHAINS`; 83 of them fit in 128 bits).
pub(super) fn chain_bits<S: AsRef<str>>(ids: impl IntoIterator<Item = S>) -> u128 {
    ids.into_iter()
        .filter_map(|id| CHAINS.iter().position(|c| c.id == id.as_ref()))
        .fold(0, |m, i| m | (1u128 << i))
}

/// The plan's part of a compiled query, by internal number.
#[derive(Clone, Debug, Default)]
pub(super) struct PlanFilter {
    /// Wanted sub-industries; `None` is any.
    pub chains: Option<u128>,
    /// Entities a section or an industry allows; `None` is all.
    pub allowed: Option<Vec<bool>>,
    /// Industry score per entity (higher first), when ranked.
    pub score: Option<Vec<f64>>,
}

impl PlanFilter {
    pub fn new(
        index: &Index,
        chains: &std::collections::BTreeSet<String>,
        m: &PlanMatch,
    ) -> PlanFilter {
        let n = index.len();
        let mut allowed: Option<Vec<bool>> = None;
        let mut allow = |positions: &mut dyn Iterator<Item = usize>| {
            let mut mask = vec![false; n];
            for p in positions {
                if let Some(&i) = index.internal.get(p) {
                    mask[i as usize] = true;
                }
            }
            allowed = Some(match allowed.take() {
                Some(prev) => prev.iter().zip(&mask).map(|(a, b)| *a && *b).collect(),
                None => mask,
            });
        };
        if let Some(only) = &m.only {
            allow(&mut only.iter().copied());
        }
        let score = m.ranked.as_ref().map(|ranked| {
            allow(&mut ranked.iter().map(|r| r.0));
            let mut score = vec![f64::NEG_INFINITY; n];
            for &(p, s) in ranked {
                if let Some(&i) = index.internal.get(p) {
                    score[i as usize] = s;
                }
            }
            score
        });
        PlanFilter {
            chains: (!chains.is_empty()).then(|| chain_bits(chains)),
            allowed,
            score,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.chains.is_none() && self.allowed.is_none()
    }

    pub fn accepts(&self, index: &Index, n: u32) -> bool {
        let i = n as usize;
        self.chains.is_none_or(|c| index.chain_bits[i] & c != 0)
            && self.allowed.as_ref().is_none_or(|a| a[i])
    }
}
