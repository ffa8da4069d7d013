//! Every search of the catalogue goes through here: the query's plan part (`section=`,
//! `industry=`) resolved against the plan, then the index. Handlers call these, never the
//! index itself, so no route can forget the plan.
use std::collections::{HashMap, HashSet};

use app::model::params::ParamError;
use app::model::{ClusterCell, Evidence, FacetCounts, Query};

use crate::data::Data;
use crate::index::{PlanMatch, SearchResult};
use crate::plan::{views, Hit};

/// A query checked and resolved against the data it will run on.
pub struct Resolved {
    pub plan: PlanMatch,
    /// The industry ranking's hits, with their evidence, by catalogue position.
    pub hits: Vec<(usize, Hit)>,
}

impl Data {
    /// Resolves the plan's part of `q`; an unknown section is the caller's mistake (400).
    pub fn resolve(&self, q: &Query) -> Result<Resolved, ParamError> {
        let mut plan = PlanMatch::default();
        if let Some(id) = &q.section {
            let entities = self.plan.section_entities.get(id);
            if !self.plan.has_section(id) {
                let msg = format!("unknown section {id:?}; the sections are /api/v1/plan/sections");
                return Err(ParamError::new("section", msg));
            }
            let positions = entities
                .into_iter()
                .flatten()
                .filter_map(|e| self.catalogue.position(e))
                .collect();
            plan.only = Some(positions);
        }
        let mut hits = Vec::new();
        if let Some(text) = &q.industry {
            let ranked = self
                .plan
                .industry
                .search(text, self.catalogue.entities.len());
            hits = ranked
                .into_iter()
                .filter_map(|h| Some((self.catalogue.position(&h.entity)?, h)))
                .collect();
            plan.ranked = Some(hits.iter().map(|(p, h)| (*p, h.score)).collect());
        }
        Ok(Resolved { plan, hits })
    }

    pub fn search(&self, q: &Query) -> Result<SearchResult, ParamError> {
        Ok(self.index.search(q, &self.resolve(q)?.plan))
    }

    /// [`Data::search`], and for an `industry=` query each result's evidence (by catalogue
    /// position): the passages that made it match, with the matched text marked.
    pub fn search_with_evidence(
        &self,
        q: &Query,
    ) -> Result<(SearchResult, HashMap<usize, Vec<Evidence>>), ParamError> {
        let resolved = self.resolve(q)?;
        let found = self.index.search(q, &resolved.plan);
        let shown: HashSet<usize> = found.ids.iter().copied().collect();
        let evidence = resolved
            .hits
            .iter()
            .filter(|(p, _)| shown.contains(p))
            .map(|(p, hit)| {
                let ev = hit
                    .evidence
                    .iter()
                    .filter_map(|e| views::evidence(&self.plan, e));
                (*p, ev.collect())
            })
            .collect();
        Ok((found, evidence))
    }

    pub fn facets(&self, q: &Query) -> Result<FacetCounts, ParamError> {
        Ok(self.index.facets(q, &self.resolve(q)?.plan))
    }

    pub fn clusters(
        &self,
        q: &Query,
        bbox: [f64; 4],
        zoom: u8,
    ) -> Result<Vec<ClusterCell>, ParamError> {
        Ok(self.index.clusters(q, bbox, zoom, &self.resolve(q)?.plan))
    }
}
