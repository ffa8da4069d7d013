//! Sub-industries (产业链) and which entities belong to them.
//!
//! Chains are the numbered headings of 第三章 at the level that names an
//! industry: the `（一）` sub-items in every 节 except 第四节 新能源, whose
//! `一、` items (高效光伏, 海上风电, 氢能及燃料电池, 储能, 电力物联网) are the
//! industries and whose `（一）` items are stages of them (产线设备, 制造,
//! 运营服务); an `一、` item without sub-items (第七节 二、海洋生物医药) is a
//! chain itself. The table lives in `chain_table.rs`.
//!
//! An entity gets a chain from each of its citations, by the first rule
//! that applies:
//! 1. `Item`: the cited passage lies inside the chain's heading node;
//! 2. `BoxQuote`: the passage is a row of the sector's own 专栏 (专栏1–7,
//!    the box inside 第三章 第N节) and the quote contains one of the chain's
//!    keys (literal substrings of the chain's name);
//! 3. `BoxRowTitle`: as 2, but the key is in the row's run-in title
//!    (`氢能产业集群`, `电化学储能技术创新平台`).
//!
//! Otherwise the citation gives no chain; nothing is inferred from the
//! entity's name or sectors.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::plan::cite::Citations;
use crate::plan::structure::{NodeKind, Plan};
use app::model::{sector_of_chapter3_section, Chain, CHAINS};

/// All chains, in plan order.
pub fn chains() -> &'static [Chain] {
    CHAINS
}

/// How a citation was linked to a chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChainRule {
    Item,
    BoxQuote,
    BoxRowTitle,
}

/// One link from an entity to a chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChainLink {
    pub chain: &'static str,
    /// Index into `Citations::resolved`.
    pub citation: usize,
    pub rule: ChainRule,
}

/// Chain links per entity id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct EntityChains {
    pub by_entity: BTreeMap<String, Vec<ChainLink>>,
}

impl EntityChains {
    /// Applies the rules of the module docs to every resolved citation.
    pub fn derive(plan: &Plan, citations: &Citations) -> EntityChains {
        let by_node: HashMap<usize, usize> = CHAINS
            .iter()
            .enumerate()
            .filter_map(|(i, c)| plan.node_index(&c.node_id()).map(|n| (n, i)))
            .collect();
        let mut out = EntityChains::default();
        for (ci, cit) in citations.resolved.iter().enumerate() {
            let links = out.by_entity.entry(cit.entity.clone()).or_default();
            let Some(node) = plan.passages.get(cit.passage).map(|p| p.node) else {
                continue;
            };
            if let Some(&k) = plan.ancestors(node).find_map(|a| by_node.get(&a)) {
                links.push(ChainLink {
                    chain: CHAINS[k].id,
                    citation: ci,
                    rule: ChainRule::Item,
                });
                continue;
            }
            let Some(section) = sector_box_section(plan, node) else {
                continue;
            };
            let in_sector = CHAINS.iter().filter(|c| c.section == section);
            let matching = |text: &str| -> Vec<&'static str> {
                in_sector
                    .clone()
                    .filter(|c| c.keys.iter().any(|k| text.contains(k)))
                    .map(|c| c.id)
                    .collect()
            };
            let mut found = matching(plan.slice(cit.span));
            let mut rule = ChainRule::BoxQuote;
            if found.is_empty() {
                let row = plan.enclosing(node, &[NodeKind::BoxRow]);
                found = row
                    .map(|r| matching(&plan.nodes[r].title))
                    .unwrap_or_default();
                rule = ChainRule::BoxRowTitle;
            }
            links.extend(found.into_iter().map(|chain| ChainLink {
                chain,
                citation: ci,
                rule,
            }));
        }
        out
    }

    /// Distinct chain ids of an entity, in table order.
    pub fn chains_of(&self, entity: &str) -> Vec<&'static str> {
        let links = self.by_entity.get(entity).map(Vec::as_slice).unwrap_or(&[]);
        CHAINS
            .iter()
            .map(|c| c.id)
            .filter(|id| links.iter().any(|l| l.chain == *id))
            .collect()
    }

    /// Number of distinct entities per chain, in table order.
    pub fn counts(&self) -> Vec<(&'static str, usize)> {
        CHAINS
            .iter()
            .map(|c| {
                let n = self
                    .by_entity
                    .values()
                    .filter(|ls| ls.iter().any(|l| l.chain == c.id))
                    .count();
                (c.id, n)
            })
            .collect()
    }
}

/// The 节 number N when `node` lies in the 专栏 of 第三章 第N节.
fn sector_box_section(plan: &Plan, node: usize) -> Option<u32> {
    let bx = plan.enclosing(node, &[NodeKind::Box])?;
    let section = &plan.nodes[plan.nodes[bx].parent?];
    let rest = section.id.strip_prefix("ch3-s")?;
    let n = rest.parse().ok()?;
    sector_of_chapter3_section(n).map(|_| n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::testdata;
    use app::model::wire_name;

    #[test]
    fn table_matches_the_headings_of_chapter_3() {
        let plan = testdata::plan();
        let mut ids = std::collections::HashSet::new();
        for c in chains() {
            assert!(ids.insert(c.id), "duplicate {}", c.id);
            assert!(
                c.id.is_ascii() && c.id.starts_with(&format!("{}.", wire_name(&c.sector))),
                "{}",
                c.id
            );
            assert_eq!(
                sector_of_chapter3_section(c.section),
                Some(c.sector),
                "{}",
                c.id
            );
            let node = plan
                .node_index(&c.node_id())
                .map(|n| plan.nodes[n].title.as_str());
            assert_eq!(node, Some(c.name_zh), "{}", c.id);
            assert!(
                c.keys.iter().all(|k| c.name_zh.contains(k)),
                "keys of {} not in its name",
                c.id
            );
            assert!(!c.name_en.is_empty());
        }
        // Every chain-level heading is in the table: 第四节's 一、 items, the
        // （一） items elsewhere, and 一、 items without sub-items.
        let expected: Vec<&str> = plan
            .nodes
            .iter()
            .filter(|n| n.id.starts_with("ch3-s"))
            .filter(|n| match n.kind {
                NodeKind::Item => n.id.starts_with("ch3-s4-") || n.children.is_empty(),
                NodeKind::SubItem => !n.id.starts_with("ch3-s4-"),
                _ => false,
            })
            .map(|n| n.id.as_str())
            .collect();
        let table: Vec<String> = chains().iter().map(Chain::node_id).collect();
        assert_eq!(expected, table);
        assert_eq!(chains().len(), 83);
    }

    #[test]
    fn entities_get_the_chains_of_the_passages_that_cite_them() {
        let ec = EntityChains::derive(testdata::plan(), testdata::citations());
        let counts = ec.counts();
        for (id, n) in &counts {
            println!("{n:>3} {id}");
        }
        let with_chain = ec.by_entity.values().filter(|l| !l.is_empty()).count();
        println!(
            "{with_chain} of {} entities have a chain",
            ec.by_entity.len()
        );
        let h2 = "new_energy.hydrogen_fuel_cells";
        // 第三章 第四节 三（一） 氢能
        for id in [
            "china-energy-fuqing-hydrogen-production-demonstration-project",
            "zhangzhou-hydrogen-energy-industry-base",
        ] {
            assert_eq!(ec.chains_of(id), [h2], "{id}");
        }
        // 专栏4 重点集群（4） 氢能产业集群, by the quote
        assert_eq!(ec.chains_of("fuzhou-hydrogen-energy-cluster"), [h2]);
        // 专栏4 创新平台（4） 高性能燃料电池两用技术创新平台, by the row title
        let lab =
            &ec.by_entity["fujian-ice-making-enterprise-engineering-technology-research-center"];
        assert_eq!(
            lab.iter().map(|l| (l.chain, l.rule)).collect::<Vec<_>>(),
            [(h2, ChainRule::BoxRowTitle)]
        );
        // Outside 第三章 and its 专栏 nothing is inferred.
        assert!(ec
            .chains_of("xiamen-new-vaccine-and-diagnostic-reagent-project")
            .is_empty());
        let sum = |prefix: &str| {
            counts
                .iter()
                .filter(|(id, _)| id.starts_with(prefix))
                .map(|c| c.1)
                .sum::<usize>()
        };
        assert!(
            sum("new_energy.") >= 15 && counts.iter().find(|c| c.0 == h2).map(|c| c.1) == Some(7)
        );
    }
}
