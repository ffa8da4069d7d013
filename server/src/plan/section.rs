//! The catalogue's `section` strings, which number places the way the plan
//! does: `第三章 第一节 一（一）`, `第三章 第七节 二`, `第一章 第一节`,
//! `专栏1 重点集群（1）`, `专栏9 国家级`, `专栏8（5）`, plus `前言` and `表1`.
//! They are parsed into a path and mapped onto a node of the parsed plan;
//! citation resolution then only accepts quote occurrences inside that node.

use crate::plan::structure::{NodeKind, Plan};
use crate::plan::text::{chinese_numeral, squeeze};

/// A parsed `section` string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SectionRef {
    Preface,
    Chapter {
        chapter: u32,
        section: Option<u32>,
        item: Option<u32>,
        sub: Option<u32>,
    },
    /// `group` is a prefix of the group label (`重点集群`, `国家级`).
    Box {
        number: u32,
        group: Option<String>,
        row: Option<u32>,
    },
    Table {
        number: u32,
        row: Option<u32>,
    },
}

/// Splits a trailing `（k）` with an arabic or Chinese numeral off `s`.
fn split_bracket(s: &str) -> Option<(&str, Option<u32>)> {
    let Some(open) = s.find('（') else {
        return Some((s, None));
    };
    let inner = s[open..].strip_prefix('（')?.strip_suffix('）')?;
    let n = inner.parse().ok().or_else(|| chinese_numeral(inner))?;
    Some((&s[..open], Some(n)))
}

fn ordinal(tok: &str, unit: char) -> Option<u32> {
    chinese_numeral(tok.strip_prefix('第')?.strip_suffix(unit)?)
}

impl SectionRef {
    /// Parses a `section` string; `None` if it follows none of the forms.
    pub fn parse(s: &str) -> Option<SectionRef> {
        let toks: Vec<&str> = s.split_whitespace().collect();
        let first = *toks.first()?;
        if squeeze(s) == "前言" {
            return Some(SectionRef::Preface);
        }
        if let Some(rest) = first.strip_prefix("专栏") {
            let (num, row_a) = split_bracket(rest)?;
            let number = num.parse().ok()?;
            return match toks.get(1..)? {
                [] => Some(SectionRef::Box {
                    number,
                    group: None,
                    row: row_a,
                }),
                [g] if row_a.is_none() => {
                    let (label, row) = split_bracket(g)?;
                    Some(SectionRef::Box {
                        number,
                        group: Some(label.to_string()),
                        row,
                    })
                }
                _ => None,
            };
        }
        if let Some(rest) = first.strip_prefix('表') {
            let (num, row) = split_bracket(rest)?;
            return (toks.len() == 1).then_some(SectionRef::Table {
                number: num.parse().ok()?,
                row,
            });
        }
        let chapter = ordinal(first, '章')?;
        let section = match toks.get(1) {
            None => None,
            Some(t) => Some(ordinal(t, '节')?),
        };
        let (item, sub) = match toks.get(2) {
            None => (None, None),
            Some(t) => {
                let (head, sub) = split_bracket(t)?;
                (Some(chinese_numeral(head)?), sub)
            }
        };
        (toks.len() <= 3).then_some(SectionRef::Chapter {
            chapter,
            section,
            item,
            sub,
        })
    }

    /// The node this reference designates, if the plan has it.
    pub fn node(&self, plan: &Plan) -> Option<usize> {
        match self {
            SectionRef::Preface => plan.node_index("preface"),
            SectionRef::Chapter {
                chapter,
                section,
                item,
                sub,
            } => {
                let mut id = format!("ch{chapter}");
                if let Some(s) = section {
                    id.push_str(&format!("-s{s}"));
                }
                if let Some(i) = item {
                    id.push_str(&format!("-i{i}"));
                }
                if let Some(k) = sub {
                    id.push_str(&format!("-{k}"));
                }
                plan.node_index(&id)
            }
            SectionRef::Box { number, group, row } => {
                let mut node = plan.node_index(&format!("box{number}"))?;
                if let Some(label) = group {
                    node = child(plan, node, |n| {
                        n.kind == NodeKind::BoxGroup && n.title.starts_with(label.as_str())
                    })?;
                }
                match row {
                    Some(r) => child(plan, node, |n| n.number == format!("（{r}）")),
                    None => Some(node),
                }
            }
            SectionRef::Table { number, row } => {
                let table = plan.node_index(&format!("table{number}"))?;
                let Some(r) = row else { return Some(table) };
                let rows = plan.nodes[table].children.iter().flat_map(|&g| {
                    std::iter::once(g).chain(plan.nodes[g].children.iter().copied())
                });
                let found = rows
                    .filter(|&n| plan.nodes[n].number == r.to_string())
                    .collect::<Vec<_>>();
                found.first().copied()
            }
        }
    }
}

/// The only child of `node` satisfying `pred`.
fn child(plan: &Plan, node: usize, pred: impl Fn(&crate::plan::Node) -> bool) -> Option<usize> {
    let mut hits = plan.nodes[node]
        .children
        .iter()
        .copied()
        .filter(|&c| pred(&plan.nodes[c]));
    let first = hits.next()?;
    hits.next().is_none().then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::testdata;

    #[test]
    fn parses_every_form() {
        let ch = |chapter, section, item, sub| SectionRef::Chapter {
            chapter,
            section,
            item,
            sub,
        };
        assert_eq!(
            SectionRef::parse("第三章 第一节 一（一）"),
            Some(ch(3, Some(1), Some(1), Some(1)))
        );
        assert_eq!(
            SectionRef::parse("第三章 第七节 二"),
            Some(ch(3, Some(7), Some(2), None))
        );
        assert_eq!(
            SectionRef::parse("第一章 第一节"),
            Some(ch(1, Some(1), None, None))
        );
        let bx = |number, group: Option<&str>, row| SectionRef::Box {
            number,
            group: group.map(str::to_string),
            row,
        };
        assert_eq!(
            SectionRef::parse("专栏1 重点集群（1）"),
            Some(bx(1, Some("重点集群"), Some(1)))
        );
        assert_eq!(
            SectionRef::parse("专栏9 国家级"),
            Some(bx(9, Some("国家级"), None))
        );
        assert_eq!(
            SectionRef::parse("专栏10（5）"),
            Some(bx(10, None, Some(5)))
        );
        assert_eq!(
            SectionRef::parse("表1（3）"),
            Some(SectionRef::Table {
                number: 1,
                row: Some(3)
            })
        );
        assert_eq!(SectionRef::parse("前言"), Some(SectionRef::Preface));
        for bad in [
            "",
            "第三节",
            "专栏x",
            "第三章 第一节 一（一） 多余",
            "专栏1（1） 重点集群",
        ] {
            assert_eq!(SectionRef::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn maps_onto_plan_nodes() {
        let plan = testdata::plan();
        let id = |s: &str| {
            let node = SectionRef::parse(s).and_then(|r| r.node(plan));
            node.map(|n| plan.nodes[n].id.clone())
        };
        assert_eq!(id("第三章 第一节 一（一）").as_deref(), Some("ch3-s1-i1-1"));
        assert_eq!(id("第三章 第七节 二").as_deref(), Some("ch3-s7-i2"));
        assert_eq!(id("专栏1 重点集群（1）").as_deref(), Some("box1-g2-r1"));
        assert_eq!(id("专栏9 省级").as_deref(), Some("box9-g2"));
        assert_eq!(id("专栏8（5）").as_deref(), Some("box8-r5"));
        assert_eq!(id("表1（5）").as_deref(), Some("table1-g2-r5"));
        assert_eq!(id("前言").as_deref(), Some("preface"));
        assert_eq!(id("第九章"), None);
        assert_eq!(id("专栏1 重点集群（9）"), None);
    }
}
