//! The plan analysed against the catalogue, once at start-up: its structure, every
//! citation placed, the mentions of entities, the entities' sub-industries, the industry
//! ranking index, and which entities each section names (for `section=`).
use std::collections::{BTreeSet, HashMap};

use super::{Citations, Entity, EntityChains, IndustryIndex, Mentions, Plan, PlanError};

#[derive(Debug)]
pub struct PlanAnalysis {
    pub plan: Plan,
    pub citations: Citations,
    pub mentions: Mentions,
    pub chains: EntityChains,
    pub industry: IndustryIndex,
    /// Node id → the entities mentioned or cited anywhere in that node's subtree.
    pub section_entities: HashMap<String, BTreeSet<String>>,
    /// Passage id → its index in `plan.passages`.
    pub passage_index: HashMap<String, usize>,
}

impl PlanAnalysis {
    /// Fails if the text does not parse or any citation does not resolve to exactly one
    /// passage (naming each: a quote in the wrong section would mislead every reader).
    pub fn build(text: &str, entities: &[app::model::Entity]) -> Result<PlanAnalysis, PlanError> {
        let plan = Plan::parse(text)?;
        let view: Vec<Entity> = entities.iter().map(Entity::from).collect();
        let citations = Citations::resolve(&plan, &view);
        if !citations.unresolved.is_empty() {
            let list = citations
                .unresolved
                .iter()
                .map(|u| {
                    format!(
                        "{} ({} «{}»: {:?})",
                        u.entity, u.section, u.quote, u.problem
                    )
                })
                .collect();
            return Err(PlanError::Unresolved(list));
        }
        let mentions = Mentions::find(&plan, &view);
        let chains = EntityChains::derive(&plan, &citations);
        let industry = IndustryIndex::build(&plan, &citations);
        let mut section_entities: HashMap<String, BTreeSet<String>> = HashMap::new();
        let mut add = |passage: usize, entity: &str| {
            let node = plan.passages[passage].node;
            for n in plan.ancestors(node) {
                let id = plan.nodes[n].id.clone();
                section_entities
                    .entry(id)
                    .or_default()
                    .insert(entity.to_owned());
            }
        };
        for (p, ms) in mentions.by_passage.iter().enumerate() {
            for m in ms {
                for e in &m.entities {
                    add(p, e);
                }
            }
        }
        for c in &citations.resolved {
            add(c.passage, &c.entity);
        }
        let passage_index = plan
            .passages
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        Ok(PlanAnalysis {
            passage_index,
            plan,
            citations,
            mentions,
            chains,
            industry,
            section_entities,
        })
    }

    /// Whether `id` names a node of the plan.
    pub fn has_section(&self, id: &str) -> bool {
        self.plan.node_index(id).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Vec<app::model::Entity> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/entities.geojson");
        let fc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        serde_json::from_value(fc["features"].clone()).unwrap()
    }

    #[test]
    fn sections_name_the_entities_of_their_subtree() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../data/plan/plan.txt"
        ))
        .unwrap();
        let a = PlanAnalysis::build(&text, &catalogue()).unwrap();
        let box9 = &a.section_entities["box9"];
        assert!(
            box9.contains("fuzhou-new-functional-materials-cluster"),
            "{box9:?}"
        );
        let ch3 = &a.section_entities["ch3"];
        assert!(ch3.len() > box9.len() / 2 && ch3.len() < 236);
        assert!(a.has_section("box1-g2-r1") && !a.has_section("box99"));
    }

    #[test]
    fn an_unresolved_citation_stops_the_analysis_naming_it() {
        let mut entities = catalogue();
        entities[0].props.refs[0].quote = "这句话不在规划里".into();
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../data/plan/plan.txt"
        ))
        .unwrap();
        let err = PlanAnalysis::build(&text, &entities)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&entities[0].id) && err.contains("这句话不在规划里"),
            "{err}"
        );
    }
}
