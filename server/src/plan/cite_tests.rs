//! Tests of `cite`, beside it.
use super::*;
use crate::plan::testdata;
use app::model::PlanRef;

fn entity(refs: &[(&str, &str)]) -> Entity {
    Entity {
        id: "t".into(),
        name_zh: "t".into(),
        aliases: vec![],
        sectors: vec![],
        refs: refs
            .iter()
            .map(|(s, q)| PlanRef {
                document: None,
                section: s.to_string(),
                quote: q.to_string(),
            })
            .collect(),
    }
}

#[test]
fn every_catalogue_ref_resolves_to_exactly_one_passage() {
    let c = testdata::citations();
    let report: Vec<String> = c
        .unresolved
        .iter()
        .map(|u| {
            format!(
                "{} [{}] {:?}: {:?}",
                u.entity, u.section, u.quote, u.problem
            )
        })
        .collect();
    assert!(report.is_empty(), "unresolved refs:\n{}", report.join("\n"));
    let total: usize = testdata::entities().iter().map(|e| e.refs.len()).sum();
    assert_eq!(c.resolved.len(), total);
    assert_eq!(total, 315);
}

#[test]
fn repeated_quotes_are_placed_by_section() {
    let plan = testdata::plan();
    let q = "中国福建能源材料科学与技术创新实验室";
    let e = entity(&[
        ("专栏8（4）", q),
        ("专栏4 创新平台（4）", q),
        ("专栏3 创新平台（1）", q),
    ]);
    let c = Citations::resolve(plan, &[e]);
    let ids: Vec<&str> = c
        .resolved
        .iter()
        .map(|c| plan.passages[c.passage].id.as_str())
        .collect();
    assert_eq!(ids, ["box8-r4.p1", "box4-g1-r4.p1", "box3-g1-r1.p1"]);
    for cit in &c.resolved {
        assert_eq!(plan.slice(cit.span), q);
    }
}

#[test]
fn problems_are_reported_not_guessed() {
    let plan = testdata::plan();
    let e = entity(&[
        ("专栏8（4）", "  "),
        ("专栏99", "氢能"),
        ("专栏8（4）", "不存在的文字"),
        ("专栏8（4）", "福州氢能产业基地"),
        ("第三章 第四节 三（一）", "氢"),
    ]);
    let c = Citations::resolve(plan, &[e]);
    let problems: Vec<_> = c.unresolved.iter().map(|u| &u.problem).collect();
    assert!(matches!(
        problems[..],
        [
            Problem::EmptyQuote,
            Problem::BadSection,
            Problem::NotFound,
            Problem::OutsideSection(_),
            Problem::Ambiguous(_)
        ]
    ));
    assert!(c.resolved.is_empty());
}

#[test]
fn quotes_across_a_passage_boundary_keep_their_whole_span() {
    let plan = testdata::plan();
    let e = entity(&[(
        "第三章 第一节 三（五）",
        "金融服务产品。加强金融科技审慎监管",
    )]);
    let c = Citations::resolve(plan, &[e]);
    let cit = &c.resolved[0];
    assert_eq!(plan.passages[cit.passage].id, "ch3-s1-i3-5.p1");
    assert_eq!(cit.passages.len(), 2);
    assert_eq!(plan.slice(cit.span), "金融服务产品。加强金融科技审慎监管");
}
