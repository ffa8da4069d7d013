//! Tests of `structure`, beside it.
use super::*;
use crate::plan::testdata;

#[test]
fn tree_navigation() {
    let plan = testdata::plan();
    let id = |i: usize| plan.nodes[i].id.as_str();
    let row = plan.node_index("box4-g2-r4").unwrap_or(0);
    let path: Vec<&str> = plan.ancestors(row).map(id).collect();
    assert_eq!(
        path,
        ["box4-g2-r4", "box4-g2", "box4", "ch3-s4", "ch3", "plan"]
    );
    let section = plan.node_index("ch3-s4").unwrap_or(0);
    assert!(plan.is_within(row, section) && !plan.is_within(section, row));
    assert_eq!(plan.enclosing(row, &[NodeKind::Box]).map(id), Some("box4"));
    let item = plan.node_index("ch3-s4-i3").unwrap_or(0);
    let ids: Vec<&str> = plan
        .subtree_passages(item)
        .iter()
        .map(|&p| plan.passages[p].id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "ch3-s4-i3.h",
            "ch3-s4-i3-1.p1",
            "ch3-s4-i3-1.p2",
            "ch3-s4-i3-2.p1"
        ]
    );
    assert_eq!(plan.slice(Span::new(0, 4)), "福建省人");
    assert_eq!(plan.slice(Span::new(5, 2)), "");
    assert_eq!(plan.byte_of(1), 3);
}
