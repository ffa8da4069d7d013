//! Facet counts and city profiles, counted from the facet bit masks.
use std::collections::BTreeMap;

use app::model::{CityProfile, FacetCounts, Query, Sector, ALL_KINDS, ALL_TIERS, CHAINS, CITIES};

use super::filter::{bits, Masks, CITY, KIND, SECTOR, TIER};
use super::plan_match::PlanMatch;
use super::search::Plan;
use super::Index;

/// Counts per bit, one row per facet.
type Tally = [[usize; 16]; 4];

fn add(tally: &mut Tally, facet: usize, masks: &Masks) {
    for b in bits(masks[facet]) {
        tally[facet][b] += 1;
    }
}

/// Every value of `all` with its count, zeros included so each checkbox gets a number.
fn counted<T: Ord + Clone>(all: &[T], row: &[usize; 16]) -> BTreeMap<T, usize> {
    all.iter().cloned().zip(row.iter().copied()).collect()
}

impl Index {
    /// For each facet value, how many entities match with that value chosen for its own
    /// facet and every other filter of `q` as it is. `k`, `limit` and `offset` do not apply.
    ///
    /// ```
    /// # use server::index::{Index, PlanMatch};
    /// # use app::model::{Query, Sector, Tier};
    /// # let entities: Vec<app::model::Entity> = serde_json::from_str(include_str!(
    /// #     concat!(env!("CARGO_MANIFEST_DIR"), "/src/index/doc_entities.json"))).unwrap();
    /// # let index = Index::build(&entities);
    /// let q = Query { tiers: [Tier::National].into(), ..Query::default() };
    /// let counts = index.facets(&q, &PlanMatch::default());
    /// // Tiers ignore the tier filter; sectors count only national entities.
    /// assert_eq!((counts.tiers[&Tier::National], counts.tiers[&Tier::Provincial]), (1, 1));
    /// assert_eq!((counts.sectors[&Sector::NextGenIt], counts.sectors[&Sector::Marine]), (1, 0));
    /// ```
    /// Sub-industries and cited documents are counted with every other filter applied but
    /// their own; `m` is the query's plan part.
    pub fn facets(&self, q: &Query, m: &PlanMatch) -> FacetCounts {
        let plan = Plan::new(self, q, m);
        let mut tally: Tally = [[0; 16]; 4];
        // Without a source filter, the documents are those of the entities counted here.
        let mut sources = self.sources.tally();
        for n in self.matching(&plan, false) {
            let masks = &self.masks[n as usize];
            let ok = plan.facets.each(masks);
            for facet in 0..4 {
                if (0..4).all(|other| other == facet || ok[other]) {
                    add(&mut tally, facet, masks);
                }
            }
            if q.sources.is_empty() && ok.iter().all(|o| *o) {
                self.sources.add(&mut sources, n);
            }
        }
        if !q.sources.is_empty() {
            let others = Query {
                sources: Default::default(),
                ..q.clone()
            };
            for n in self.matching(&Plan::new(self, &others, m), true) {
                self.sources.add(&mut sources, n);
            }
        }
        FacetCounts {
            sectors: counted(&Sector::ALL, &tally[SECTOR]),
            tiers: counted(&ALL_TIERS, &tally[TIER]),
            kinds: counted(&ALL_KINDS, &tally[KIND]),
            cities: counted(&CITIES.map(str::to_owned), &tally[CITY]),
            chains: self.chain_counts(q, m),
            sources: self.sources.named(sources),
        }
    }

    fn chain_counts(&self, q: &Query, m: &PlanMatch) -> BTreeMap<String, usize> {
        let others = Query {
            chains: Default::default(),
            ..q.clone()
        };
        let mut counts = [0usize; 128];
        for n in self.matching(&Plan::new(self, &others, m), true) {
            let mut bits = self.chain_bits[n as usize];
            while bits != 0 {
                counts[bits.trailing_zeros() as usize] += 1;
                bits &= bits - 1;
            }
        }
        CHAINS
            .iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .map(|(c, n)| (c.id.to_owned(), n))
            .collect()
    }

    /// The entities assigned to `city` (one of `CITIES`), counted by sector, kind and tier;
    /// an unknown city gives an empty profile.
    ///
    /// ```
    /// # use server::index::{Index, PlanMatch};
    /// # let entities: Vec<app::model::Entity> = serde_json::from_str(include_str!(
    /// #     concat!(env!("CARGO_MANIFEST_DIR"), "/src/index/doc_entities.json"))).unwrap();
    /// # let index = Index::build(&entities);
    /// let profile = index.city_profile("厦门市");
    /// assert_eq!(profile.entity_ids, ["xm-torch", "md-energy"]);
    /// assert_eq!(index.city_profile("宁德市").total, 1);
    /// ```
    pub fn city_profile(&self, city: &str) -> CityProfile {
        let mut tally: Tally = [[0; 16]; 4];
        let mut entity_ids = Vec::new();
        if let Some(bit) = CITIES.iter().position(|c| *c == city) {
            for (n, masks) in self.masks.iter().enumerate() {
                if masks[CITY] & (1 << bit) != 0 {
                    for facet in [SECTOR, TIER, KIND] {
                        add(&mut tally, facet, masks);
                    }
                    entity_ids.push(self.ids[n].clone());
                }
            }
        }
        CityProfile {
            city: city.to_owned(),
            total: entity_ids.len(),
            by_sector: counted(&Sector::ALL, &tally[SECTOR]),
            by_kind: counted(&ALL_KINDS, &tally[KIND]),
            by_tier: counted(&ALL_TIERS, &tally[TIER]),
            entity_ids,
        }
    }
}
