//! Filtering and ordering: the query compiled into a [`Plan`], then candidates from the
//! cheapest source (R-tree box, radius or nearest neighbours, else every entity).
use std::collections::HashSet;

use app::model::Query;
use rstar::AABB;

use super::filter::FacetFilter;
use super::plan_match::{PlanFilter, PlanMatch};
use super::sources::SourceFilter;
use super::sphere::{chord2_for_km, haversine_km, unit_vector};
use super::text::{score, Needle};
use super::{Index, SearchResult};

/// A query compiled against one index.
pub(super) struct Plan {
    pub facets: FacetFilter,
    bbox: Option<[f64; 4]>,
    /// Text score per entity (internal number), when the query has searchable text.
    text: Option<Vec<Option<u8>>>,
    near: Option<(f64, f64)>,
    radius_km: Option<f64>,
    /// Sub-industries, sections and industry ranking.
    pub plan: PlanFilter,
    /// The cited documents (`source=`); `None` is any.
    sources: Option<SourceFilter>,
}

fn in_box(b: &[f64; 4], (lon, lat): (f64, f64)) -> bool {
    b[0] <= lon && lon <= b[2] && b[1] <= lat && lat <= b[3]
}

pub(super) fn envelope(b: &[f64; 4]) -> AABB<[f64; 2]> {
    AABB::from_corners([b[0], b[1]], [b[2], b[3]])
}

impl Plan {
    pub fn new(index: &Index, q: &Query, m: &PlanMatch) -> Plan {
        let needle = q.q.as_deref().and_then(Needle::new);
        let text = needle.map(|n| index.text.iter().map(|k| score(k, &n)).collect());
        Plan {
            facets: FacetFilter::new(q),
            bbox: q.bbox,
            text,
            near: q.near,
            radius_km: q.near.and(q.radius_km),
            plan: PlanFilter::new(index, &q.chains, m),
            sources: index.sources.filter(&q.sources),
        }
    }

    /// True when only facets filter, so R-tree leaves can be judged by their tags alone.
    pub fn facets_only(&self) -> bool {
        self.bbox.is_none()
            && self.text.is_none()
            && self.radius_km.is_none()
            && self.plan.is_empty()
            && self.sources.is_none()
    }

    fn distance(&self, index: &Index, n: u32) -> f64 {
        let Some(p) = self.near else { return 0.0 };
        let sites = index.sites_of(n).iter();
        sites
            .map(|s| haversine_km(p, *s))
            .fold(f64::INFINITY, f64::min)
    }

    /// Every filter except the facets; the bbox only when not `bbox_known` to hold.
    fn accepts_rest(&self, index: &Index, n: u32, bbox_known: bool) -> bool {
        let in_bbox = |b| index.sites_of(n).iter().any(|s| in_box(b, *s));
        (bbox_known || self.bbox.as_ref().is_none_or(in_bbox))
            && self.text.as_ref().is_none_or(|t| t[n as usize].is_some())
            && self.radius_km.is_none_or(|r| self.distance(index, n) <= r)
            && self.plan.accepts(index, n)
            && self
                .sources
                .as_ref()
                .is_none_or(|s| s.accepts(&index.sources, n))
    }
}

impl Index {
    /// Entities passing every filter but the facets, which apply only `with_facets`;
    /// sorted by internal number, so in default order.
    pub(super) fn matching(&self, plan: &Plan, with_facets: bool) -> Vec<u32> {
        let facets_ok = |n: u32| !with_facets || plan.facets.accepts(&self.masks[n as usize]);
        let mut found: Vec<u32> = if let Some(b) = &plan.bbox {
            let hits = self.sites.locate_in_envelope(&envelope(b));
            let hits = hits.filter(|s| !with_facets || plan.facets.accepts(&s.data.masks));
            hits.map(|s| s.data.entity).collect()
        } else if let (Some(p), Some(r)) = (plan.near, plan.radius_km) {
            let hits = self
                .globe
                .locate_within_distance(unit_vector(p.0, p.1), chord2_for_km(r));
            hits.map(|s| s.data).filter(|&n| facets_ok(n)).collect()
        } else {
            (0..self.len() as u32).filter(|&n| facets_ok(n)).collect()
        };
        found.sort_unstable();
        found.dedup();
        // Candidates from the box query are inside it already: skip the per-site recheck.
        let bbox_known = plan.bbox.is_some();
        found.retain(|&n| plan.accepts_rest(self, n, bbox_known));
        found
    }

    /// The `k` nearest matching entities, nearest first (by their nearest site).
    fn nearest(&self, plan: &Plan, p: (f64, f64), k: usize) -> Vec<u32> {
        let max_chord2 = plan.radius_km.map_or(f64::INFINITY, chord2_for_km);
        let mut seen = HashSet::new();
        let mut found = Vec::new();
        for (site, d2) in self
            .globe
            .nearest_neighbor_iter_with_distance_2(&unit_vector(p.0, p.1))
        {
            if found.len() >= k || d2 > max_chord2 {
                break;
            }
            let n = site.data;
            if seen.insert(n)
                && plan.facets.accepts(&self.masks[n as usize])
                && plan.accepts_rest(self, n, false)
            {
                found.push(n);
            }
        }
        found
    }

    /// Matching entities ordered by industry score when `industry` is given, then by
    /// text score when `q` is, then by distance when `near` is, then by tier, `name_zh`
    /// and `id`; `offset` and `limit` pick the page. `m` is the query's plan part, which
    /// the server resolves (`Data::search`); `PlanMatch::default()` when it names none.
    ///
    /// ```
    /// # use server::index::{Index, PlanMatch};
    /// # use app::model::Query;
    /// # let entities: Vec<app::model::Entity> = serde_json::from_str(include_str!(
    /// #     concat!(env!("CARGO_MANIFEST_DIR"), "/src/index/doc_entities.json"))).unwrap();
    /// # let index = Index::build(&entities);
    /// let pairs = [("q".to_string(), "xmhj".to_string())];
    /// let result = index.search(&Query::from_pairs(&pairs).unwrap(), &PlanMatch::default());
    /// assert_eq!((result.ids, result.number_matched), (vec![0], 1));
    /// // Around Xiamen: the multi-site base matches through its Xiamen site, once.
    /// let pairs = [("bbox".to_string(), "117.9,24.3,118.3,24.7".to_string())];
    /// assert_eq!(index.search(&Query::from_pairs(&pairs).unwrap(), &PlanMatch::default()).ids, [0, 1]);
    /// ```
    pub fn search(&self, q: &Query, m: &PlanMatch) -> SearchResult {
        let plan = Plan::new(self, q, m);
        let found = match (q.near, q.k) {
            (Some(p), Some(k)) => self.nearest(&plan, p, k),
            _ => self.matching(&plan, true),
        };
        let mut keyed: Vec<(f64, u8, f64, u32)> = found
            .into_iter()
            .map(|n| {
                let industry = plan.plan.score.as_ref().map_or(0.0, |s| -s[n as usize]);
                let text = plan.text.as_ref().and_then(|t| t[n as usize]).unwrap_or(0);
                (industry, text, plan.distance(self, n), n)
            })
            .collect();
        if plan.text.is_some() || plan.near.is_some() || plan.plan.score.is_some() {
            keyed.sort_by(|a, b| {
                let by =
                    a.0.total_cmp(&b.0)
                        .then(a.1.cmp(&b.1))
                        .then(a.2.total_cmp(&b.2));
                by.then(a.3.cmp(&b.3))
            });
        }
        let page = keyed.iter().skip(q.offset).take(q.limit);
        SearchResult {
            ids: page.map(|k| self.original[k.3 as usize]).collect(),
            number_matched: keyed.len(),
        }
    }
}
