//! The kinds of structural units and passages the parser distinguishes.

use serde::{Deserialize, Serialize};

/// What a node stands for in the plan's layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// The root; has no passages of its own.
    Document,
    /// The covering notice (通知) before 前言.
    Front,
    Preface,
    /// 第X章
    Chapter,
    /// 第X节
    Section,
    /// `一、` heading (level 1 numbered item).
    Item,
    /// `（一）` run-in heading (level 2).
    SubItem,
    /// `1.` run-in heading (level 3; the current plan has none).
    Point,
    /// 专栏 N
    Box,
    /// A 专栏 row group: the vertical label (创新平台, 重点集群) or, in
    /// 专栏9, the headings 国家级产业集群 / 省级产业集群.
    BoxGroup,
    /// One 专栏 row: `（1）…`, or an unnumbered paragraph in 专栏9.
    BoxRow,
    /// 表 N
    Table,
    /// A 表1 category (产业结构, 创新能力, 产业集群).
    TableGroup,
    /// One 表1 indicator row.
    TableRow,
    /// The distribution list (抄送) after the last chapter.
    Back,
}

/// What a passage holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PassageKind {
    /// A standalone heading line (章, 节, `一、`, 专栏/表 title, 前言).
    Heading,
    /// A group label (vertical 创新平台, 专栏9 国家级产业集群, 表1 产业结构).
    Label,
    /// Body text: lines up to and including one that ends a sentence group.
    Paragraph,
    /// A 专栏 row or a 表1 row (including the 表1 column header).
    Row,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_serialise_in_snake_case() {
        let json =
            serde_json::to_string(&[NodeKind::SubItem, NodeKind::BoxRow]).unwrap_or_default();
        assert_eq!(json, r#"["sub_item","box_row"]"#);
        assert_eq!(
            serde_json::to_string(&PassageKind::Label).unwrap_or_default(),
            r#""label""#
        );
    }
}
