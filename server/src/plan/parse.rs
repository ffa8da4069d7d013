//! The line-by-line parser that turns the extracted text into a [`Plan`].
//!
//! Text outside 专栏 and 表 is handled here; 专栏 and 表 lines are handed to
//! `blocks`. A 专栏 or 表 ends at the next 章/节/`一、`/专栏/表/前言/抄送
//! marker (in this plan every box is followed directly by a heading).

use crate::plan::blocks::Mode;
use crate::plan::builder::Builder;
use crate::plan::error::PlanError;
use crate::plan::lines::{self, Marker};
use crate::plan::outline::{on_marker, Ctx};
use crate::plan::structure::{NodeKind, PassageKind, Plan};
use crate::plan::text::{squeeze, strip_page_markers};

/// Parses the plan text. See the crate docs for the passage definition.
pub fn parse(text: &str) -> Result<Plan, PlanError> {
    let text = strip_page_markers(text);
    let mut b = Builder::new();
    let mut ctx = Ctx::default();
    let mut mode = Mode::Normal;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let sq = squeeze(line);
        let marker = lines::marker(line).filter(|m| match mode {
            Mode::Normal => true,
            _ => !matches!(m, Marker::SubItem { .. } | Marker::Point { .. }),
        });
        if let Some(m) = marker {
            mode = on_marker(&mut b, &mut ctx, m, (line, &sq), i + 1)?;
            continue;
        }
        match &mut mode {
            Mode::Normal => normal_line(&mut b, &mut ctx, line, &sq),
            Mode::Box(state) => state.line(&mut b, line, &sq),
            Mode::Table(state) => state.line(&mut b, line, &sq),
        }
    }
    b.finish()
}

fn normal_line(b: &mut Builder, ctx: &mut Ctx, line: &str, sq: &str) {
    if b.open_kind().is_none() {
        let node = match ctx.container() {
            Some(node) => node,
            None => {
                let front = b.add(0, NodeKind::Front, "front".into(), "");
                ctx.top = Some(front);
                front
            }
        };
        b.open(node, PassageKind::Paragraph);
    }
    b.push(sq);
    if lines::ends_passage(line) {
        b.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::testdata;
    use crate::plan::text::normalise;

    fn count(plan: &Plan, kind: NodeKind) -> usize {
        plan.nodes.iter().filter(|n| n.kind == kind).count()
    }

    #[test]
    fn body_is_the_normalised_text_and_passages_tile_it() {
        let plan = testdata::plan();
        assert_eq!(plan.body, normalise(testdata::plan_text()));
        let mut owner = vec![0u32; plan.char_len()];
        for p in &plan.passages {
            for o in &mut owner[p.chars.start..p.chars.end] {
                *o += 1;
            }
            assert_eq!(plan.slice(p.chars), &plan.body[p.bytes.start..p.bytes.end]);
            assert!(plan.nodes[p.node]
                .passages
                .contains(&plan.passage_at(p.chars.start).unwrap_or(usize::MAX)));
        }
        assert!(
            owner.iter().all(|&o| o == 1),
            "every char in exactly one passage"
        );
    }

    #[test]
    fn structure_matches_the_plan() {
        let plan = testdata::plan();
        assert_eq!(count(plan, NodeKind::Chapter), 5);
        assert_eq!(count(plan, NodeKind::Section), 22);
        assert_eq!(count(plan, NodeKind::Item), 29);
        assert_eq!(count(plan, NodeKind::SubItem), 90);
        assert_eq!(count(plan, NodeKind::Box), 10);
        assert_eq!(count(plan, NodeKind::TableRow), 12);
        let title = |id: &str| plan.node_index(id).map(|n| plan.nodes[n].title.as_str());
        assert_eq!(title("ch3-s1-i1-1"), Some("高性能集成电路"));
        assert_eq!(title("ch3-s4-i3"), Some("氢能及燃料电池"));
        assert_eq!(title("box1-g1"), Some("创新平台"));
        assert_eq!(title("box1-g2-r1"), Some("集成电路产业集群"));
        assert_eq!(title("box9-g1"), Some("国家级产业集群"));
        assert_eq!(title("box8-r1"), Some("中国东南（福建）科学城"));
        assert_eq!(title("table1-g3"), Some("产业集群"));
        assert_eq!(title("table1-g2-r5"), Some("每万人口高价值发明专利拥有量"));
        for b in 1..=7 {
            let groups: Vec<_> = plan.nodes[plan.node_index(&format!("box{b}")).unwrap_or(0)]
                .children
                .iter()
                .map(|&g| plan.nodes[g].title.as_str())
                .collect();
            assert_eq!(groups, ["创新平台", "重点集群"], "box{b}");
        }
        let row = plan.node_index("box4-g2-r4").unwrap_or(0);
        assert_eq!(
            plan.passage_text(plan.nodes[row].passages[0])
                .chars()
                .take(10)
                .collect::<String>(),
            "（4）氢能产业集群。"
        );
        assert!(!plan.body.contains("—16—"));
    }

    #[test]
    fn parsing_is_deterministic_and_round_trips_through_json() {
        let a = Plan::parse(testdata::plan_text()).expect("parse");
        let b = Plan::parse(testdata::plan_text()).expect("parse");
        assert_eq!(a, b);
        let json = serde_json::to_string(&a).expect("serialise");
        assert_eq!(json, serde_json::to_string(&b).expect("serialise"));
        let back: Plan = serde_json::from_str(&json).expect("deserialise");
        assert_eq!(back, a);
        assert_eq!(back.slice(back.passages[3].chars), a.passage_text(3));
    }

    #[test]
    fn tampered_json_is_rejected() {
        let json = serde_json::to_string(testdata::plan()).expect("serialise");
        let gap = json.replacen("\"start\":0", "\"start\":1", 1);
        assert!(serde_json::from_str::<Plan>(&gap).is_err());
        let orphan = json.replacen("\"parent\":0", "\"parent\":5", 1);
        assert!(serde_json::from_str::<Plan>(&orphan).is_err());
        let empty = r#"{"body":"","nodes":[],"passages":[]}"#;
        assert!(serde_json::from_str::<Plan>(empty).is_err());
    }

    #[test]
    fn misplaced_markers_are_errors() {
        assert!(matches!(
            parse("第一节 发展成效\n正文。"),
            Err(PlanError::Misplaced { line: 1, .. })
        ));
        assert_eq!(parse(" \n\n"), Err(PlanError::Empty));
        let dup = parse("第一章 甲\n第一节 乙\n第一节 丙\n");
        assert_eq!(dup, Err(PlanError::DuplicateId("ch1-s1".into())));
    }

    #[test]
    fn small_document() {
        let text = "通知文件\n\n 前 言\n\n本规划很重要。\n第一章 总则\n第一节 目标\n\n一、产业\n（一）芯片。推动设计、制造、封测、材料、设备产业链一体化跨越\n\n发展。\n— 3 —\n专栏 1 平台\n创\n新\n（1）甲平台。乙。\n第二章 结束\n";
        let plan = parse(text).expect("parse");
        let ids: Vec<&str> = plan.passages.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "front.p1",
                "preface.h",
                "preface.p1",
                "ch1.h",
                "ch1-s1.h",
                "ch1-s1-i1.h",
                "ch1-s1-i1-1.p1",
                "box1.h",
                "box1-g1.h",
                "box1-g1-r1.p1",
                "ch2.h"
            ]
        );
        assert_eq!(
            plan.passage_text(6),
            "（一）芯片。推动设计、制造、封测、材料、设备产业链一体化跨越发展。"
        );
        assert_eq!(plan.nodes[plan.passages[6].node].title, "芯片");
        assert_eq!(plan.passage_text(8), "创新");
    }
}
