//! The server's implementation of the UI's [`Atlas`] trait: the same index the REST API uses.
use std::sync::Arc;

use app::api::{Atlas, EntityDetail, EntityName, SearchPage, TOP_MATCHES};
use app::model::params::{parse_city, ParamError};
use app::model::{
    CityProfile, ClustersAnswer, Indicator, PlanNode, PlanSection, PlanTextHit, Query, SectorInfo,
    CLUSTER_BELOW_ZOOM, FIRST_VIEW_MAP_SIZE, FUJIAN_FRAME,
};

use crate::data::Data;
use crate::plan::views;
use crate::render::Projection;

pub struct ServerAtlas(pub Arc<Data>);

impl ServerAtlas {
    /// The clusters of a clustered view: the asked `zoom` over the query's `bbox`, or for
    /// the first view (no `bbox`) Fujian's frame at the zoom a typical map fits it to.
    fn view_clusters(
        &self,
        query: &Query,
        zoom: Option<u8>,
    ) -> Result<Option<ClustersAnswer>, ParamError> {
        let (bbox, zoom) = match (query.bbox, zoom) {
            (Some(b), Some(z)) => (b, z),
            (None, None) => {
                let (w, h) = FIRST_VIEW_MAP_SIZE;
                let z = Projection::fit(FUJIAN_FRAME, w, h).zoom();
                (FUJIAN_FRAME, z.floor() as u8)
            }
            _ => return Ok(None),
        };
        if f64::from(zoom) >= CLUSTER_BELOW_ZOOM {
            return Ok(None);
        }
        let clusters = self.0.clusters(query, bbox, zoom)?;
        Ok(Some(ClustersAnswer { zoom, clusters }))
    }
}

impl Atlas for ServerAtlas {
    fn search(&self, query: &Query, zoom: Option<u8>) -> Result<SearchPage, ParamError> {
        let (data, entities) = (&self.0, &self.0.catalogue.entities);
        let anywhere = Query {
            bbox: None,
            ..query.clone()
        };
        let (in_view, evidence) = data.search_with_evidence(query)?;
        let best = data.search(&Query {
            limit: TOP_MATCHES,
            offset: 0,
            ..anywhere.clone()
        })?;
        Ok(SearchPage {
            number_matched: best.number_matched,
            entities: in_view.ids.iter().map(|&i| entities[i].listing()).collect(),
            top: best
                .ids
                .iter()
                .map(|&i| {
                    let p = &entities[i].props;
                    EntityName {
                        id: entities[i].id.clone(),
                        name_zh: p.name_zh.clone(),
                        name_en: p.name_en.clone(),
                        cities: p.cities.clone(),
                    }
                })
                .collect(),
            facets: data.facets(&anywhere)?,
            clusters: self.view_clusters(query, zoom)?,
            evidence: evidence
                .into_iter()
                .map(|(i, e)| (entities[i].id.clone(), e))
                .collect(),
        })
    }

    fn detail(&self, id: &str) -> Option<EntityDetail> {
        let catalogue = &self.0.catalogue;
        let entity = catalogue.entity(id)?.clone();
        let related = entity
            .props
            .related
            .iter()
            .filter_map(|r| catalogue.entity(r))
            .map(|r| {
                (
                    r.id.clone(),
                    r.props.name_zh.clone(),
                    r.props.name_en.clone(),
                )
            })
            .collect();
        let mut ref_passages = vec![None; entity.props.refs.len()];
        let plan = &self.0.plan;
        for c in plan.citations.resolved.iter().filter(|c| c.entity == id) {
            if let Some(slot) = ref_passages.get_mut(c.ref_index) {
                *slot = Some(plan.plan.passages[c.passage].id.clone());
            }
        }
        Some(EntityDetail {
            entity,
            related,
            ref_passages,
        })
    }

    fn plan_toc(&self) -> Vec<PlanNode> {
        views::toc(&self.0.plan)
    }

    fn plan_section(&self, id: &str) -> Option<PlanSection> {
        views::reading(&self.0.plan, id)
    }

    fn plan_search(&self, q: &str) -> Vec<PlanTextHit> {
        views::text_hits(&self.0.plan, q)
    }

    fn sectors(&self) -> Vec<SectorInfo> {
        self.0.catalogue.sectors.clone()
    }

    fn indicators(&self) -> Vec<Indicator> {
        self.0.catalogue.indicators.clone()
    }

    fn city_profile(&self, city: &str) -> Result<CityProfile, ParamError> {
        // The index answers an unknown city with an empty profile; the UI needs to tell
        // "no such city" apart from "no entities", so the name is parsed first.
        Ok(self.0.index.city_profile(parse_city("city", city)?))
    }
}
