//! 专栏 boxes and 表 tables.
//!
//! The PDF extraction flattens both into lines. In a 专栏 the row-group
//! label is printed vertically, one character per line (`创`,`新`,`平`,`台`),
//! before the group's rows `（1）…`; 专栏9 instead has horizontal group
//! headings (`国家级产业集群`) followed by unnumbered paragraphs, and
//! 专栏8/10 have rows without groups. In 表1 each row starts with its 序号 and
//! ends with the 指标属性 column (`预期性`); category labels (`产业`/`结构`)
//! are short lines between rows.

use crate::plan::builder::Builder;
use crate::plan::lines;
use crate::plan::structure::{NodeKind, PassageKind};

/// What the parser is inside: body text, a 专栏 or a 表.
pub(crate) enum Mode {
    Normal,
    Box(BoxState),
    Table(TableState),
}

/// Longest horizontal 专栏 group heading, in chars.
const BOX_LABEL_MAX: usize = 10;
/// Longest 表 category fragment, in chars.
const TABLE_LABEL_MAX: usize = 4;

pub(crate) struct BoxState {
    node: usize,
    group: Option<usize>,
    groups: u32,
    /// True while the open passage is a numbered row: such a row runs until
    /// the next row, label or marker, whatever its sentences.
    numbered: bool,
    /// The last line pushed ended a sentence.
    sentence_done: bool,
}

impl BoxState {
    pub(crate) fn new(node: usize) -> Self {
        BoxState {
            node,
            group: None,
            groups: 0,
            numbered: false,
            sentence_done: false,
        }
    }

    fn new_group(&mut self, b: &mut Builder) -> usize {
        self.groups += 1;
        let id = format!("{}-g{}", b.node(self.node).id, self.groups);
        let g = b.add(self.node, NodeKind::BoxGroup, id, "");
        self.group = Some(g);
        b.open(g, PassageKind::Label);
        g
    }

    pub(crate) fn line(&mut self, b: &mut Builder, line: &str, sq: &str) {
        let open = b.open_kind();
        if lines::is_label_char(sq) {
            let g = match (open, self.group) {
                (Some((n, PassageKind::Label)), Some(g)) if n == g => g,
                _ => self.new_group(b),
            };
            b.push(sq);
            b.node_mut(g).title.push_str(sq);
            return;
        }
        if matches!(open, Some((_, PassageKind::Label))) {
            b.close();
        }
        if let Some((n, number)) = lines::row_number(sq) {
            let parent = self.group.unwrap_or(self.node);
            let id = format!("{}-r{n}", b.node(parent).id);
            let row = b.add(parent, NodeKind::BoxRow, id, &number);
            b.open(row, PassageKind::Row);
            b.push(sq);
            self.numbered = true;
            self.sentence_done = lines::ends_passage(line);
            return;
        }
        // A horizontal group heading follows a finished paragraph or row.
        let after_row = self.numbered && self.sentence_done;
        if after_row && lines::is_bare_label(sq, BOX_LABEL_MAX) {
            b.close();
        }
        if b.open_kind().is_none() {
            self.numbered = false;
            if lines::is_bare_label(sq, BOX_LABEL_MAX) {
                let g = self.new_group(b);
                b.push(sq);
                b.node_mut(g).title.push_str(sq);
                b.close();
                return;
            }
            match self.group {
                Some(g) => {
                    let k = b.node(g).children.len() + 1;
                    let row = b.add(g, NodeKind::BoxRow, format!("{}-r{k}", b.node(g).id), "");
                    b.open(row, PassageKind::Row);
                }
                None => b.open(self.node, PassageKind::Paragraph),
            }
        }
        b.push(sq);
        self.sentence_done = lines::ends_passage(line);
        if !self.numbered && self.sentence_done {
            b.close();
        }
    }
}

pub(crate) struct TableState {
    node: usize,
    header_done: bool,
    group: Option<usize>,
    groups: u32,
    /// The open row has reached its last column.
    row_complete: bool,
    in_row: bool,
}

impl TableState {
    pub(crate) fn new(node: usize) -> Self {
        TableState {
            node,
            header_done: false,
            group: None,
            groups: 0,
            row_complete: false,
            in_row: false,
        }
    }

    pub(crate) fn line(&mut self, b: &mut Builder, line: &str, sq: &str) {
        if !self.header_done {
            self.header_done = true;
            b.line_passage(self.node, PassageKind::Row, sq);
            return;
        }
        let between_rows = !self.in_row || self.row_complete;
        if sq.starts_with("注：") {
            self.in_row = false;
            b.open(self.node, PassageKind::Paragraph);
        } else if let (Some(n), true) = (lines::table_row_number(line), between_rows) {
            let parent = self.group.unwrap_or(self.node);
            let id = format!("{}-r{n}", b.node(parent).id);
            let row = b.add(parent, NodeKind::TableRow, id, &n.to_string());
            b.open(row, PassageKind::Row);
            self.in_row = true;
        } else if between_rows && lines::is_bare_label(sq, TABLE_LABEL_MAX) {
            let g = match (b.open_kind(), self.group) {
                (Some((n, PassageKind::Label)), Some(g)) if n == g => g,
                _ => {
                    self.groups += 1;
                    let id = format!("{}-g{}", b.node(self.node).id, self.groups);
                    let g = b.add(self.node, NodeKind::TableGroup, id, "");
                    b.open(g, PassageKind::Label);
                    self.group = Some(g);
                    self.in_row = false;
                    g
                }
            };
            b.node_mut(g).title.push_str(sq);
        } else if b.open_kind().is_none() {
            b.open(self.node, PassageKind::Paragraph);
        }
        b.push(sq);
        if self.in_row {
            self.row_complete = sq.ends_with("预期性") || sq.ends_with("约束性");
        } else if matches!(b.open_kind(), Some((_, PassageKind::Paragraph)))
            && lines::ends_passage(line)
        {
            b.close();
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::plan::structure::{NodeKind, Plan};

    fn ids(plan: &Plan) -> Vec<(&str, &str)> {
        plan.passages
            .iter()
            .map(|p| (p.id.as_str(), plan.nodes[p.node].title.as_str()))
            .collect()
    }

    #[test]
    fn box_with_vertical_labels_horizontal_groups_and_plain_rows() {
        let text = "第一章 甲\n专栏 2 平台\n引言一句。\n重\n点\n（1）甲集群。乙，\n丙。\n（2）丁集群。戊。\n国家级产业集群\n支持建设甲。\n第二章 乙\n";
        let plan = Plan::parse(text).expect("parse");
        assert_eq!(
            ids(&plan),
            [
                ("ch1.h", "甲"),
                ("box2.h", "平台"),
                ("box2.p1", "平台"),
                ("box2-g1.h", "重点"),
                ("box2-g1-r1.p1", "甲集群"),
                ("box2-g1-r2.p1", "丁集群"),
                ("box2-g2.h", "国家级产业集群"),
                ("box2-g2-r1.p1", ""),
                ("ch2.h", "乙")
            ]
        );
        assert_eq!(
            plan.passage_text(4),
            "（1）甲集群。乙，丙。",
            "a numbered row spans sentences"
        );
    }

    #[test]
    fn table_rows_groups_and_note() {
        let text = "第一章 甲\n表 1 指标\n类别 序号 名称 单位\n产业\n结构\n1 增加值 亿元 6000 预期性\n2\n增速\n% 10 预期性\n创新\n3 专利 件 4\n到 10.2\n预期性\n注：说明文字。\n第二章 乙\n";
        let plan = Plan::parse(text).expect("parse");
        let got: Vec<&str> = plan.passages.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            got,
            [
                "ch1.h",
                "table1.h",
                "table1.p1",
                "table1-g1.h",
                "table1-g1-r1.p1",
                "table1-g1-r2.p1",
                "table1-g2.h",
                "table1-g2-r3.p1",
                "table1.p2",
                "ch2.h"
            ]
        );
        assert_eq!(plan.passage_text(7), "3专利件4到10.2预期性");
        assert_eq!(plan.nodes[plan.passages[5].node].title, "增速");
        assert_eq!(
            plan.nodes
                .iter()
                .filter(|n| n.kind == NodeKind::TableRow)
                .count(),
            3
        );
    }
}
