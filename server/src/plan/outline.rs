//! Opening nodes for structural markers (章, 节, `一、`, `（一）`, 专栏, 表,
//! 前言, 抄送) and tracking where in the outline the parser is, so body
//! text goes to the innermost open unit and ids nest (`ch3-s1-i1-1`).

use crate::plan::blocks::{BoxState, Mode, TableState};
use crate::plan::builder::Builder;
use crate::plan::error::PlanError;
use crate::plan::lines::{self, Marker};
use crate::plan::structure::{NodeKind, PassageKind};

/// Where body text currently goes.
#[derive(Default, Clone, Copy)]
pub(crate) struct Ctx {
    pub(crate) top: Option<usize>,
    chapter: Option<usize>,
    section: Option<usize>,
    item: Option<usize>,
    sub: Option<usize>,
    point: Option<usize>,
}

impl Ctx {
    pub(crate) fn container(&self) -> Option<usize> {
        self.point
            .or(self.sub)
            .or(self.item)
            .or(self.section)
            .or(self.chapter)
            .or(self.top)
    }
}

fn misplaced(line: usize, sq: &str) -> PlanError {
    PlanError::Misplaced {
        line,
        text: sq.to_string(),
    }
}

/// Opens the node a marker starts; returns the mode for the following lines.
pub(crate) fn on_marker(
    b: &mut Builder,
    ctx: &mut Ctx,
    m: Marker,
    (text, sq): (&str, &str),
    line: usize,
) -> Result<Mode, PlanError> {
    b.close();
    let heading = |b: &mut Builder, node: usize, title: &str| {
        b.node_mut(node).title = title.to_string();
        b.line_passage(node, PassageKind::Heading, sq);
    };
    match m {
        Marker::Preface => {
            if ctx.chapter.is_some() {
                return Err(misplaced(line, sq));
            }
            let node = b.add(0, NodeKind::Preface, "preface".into(), "");
            heading(b, node, "前言");
            *ctx = Ctx {
                top: Some(node),
                ..Ctx::default()
            };
        }
        Marker::Chapter { n, number, title } => {
            let node = b.add(0, NodeKind::Chapter, format!("ch{n}"), &number);
            heading(b, node, &title);
            *ctx = Ctx {
                top: Some(node),
                chapter: Some(node),
                ..Ctx::default()
            };
        }
        Marker::Section { n, number, title } => {
            let ch = ctx.chapter.ok_or_else(|| misplaced(line, sq))?;
            let node = b.add(
                ch,
                NodeKind::Section,
                format!("{}-s{n}", b.node(ch).id),
                &number,
            );
            heading(b, node, &title);
            *ctx = Ctx {
                section: Some(node),
                item: None,
                sub: None,
                point: None,
                ..*ctx
            };
        }
        Marker::Item { n, number, title } => {
            let parent = ctx
                .section
                .or(ctx.chapter)
                .ok_or_else(|| misplaced(line, sq))?;
            let node = b.add(
                parent,
                NodeKind::Item,
                format!("{}-i{n}", b.node(parent).id),
                &number,
            );
            heading(b, node, &title);
            *ctx = Ctx {
                item: Some(node),
                sub: None,
                point: None,
                ..*ctx
            };
        }
        Marker::SubItem { n, number } => {
            let parent = ctx
                .item
                .or(ctx.section)
                .ok_or_else(|| misplaced(line, sq))?;
            let id = format!("{}-{n}", b.node(parent).id);
            let node = b.add(parent, NodeKind::SubItem, id, &number);
            *ctx = Ctx {
                sub: Some(node),
                point: None,
                ..*ctx
            };
            run_in(b, node, text, sq);
        }
        Marker::Point { n, number } => {
            let parent = ctx
                .sub
                .or(ctx.item)
                .or(ctx.section)
                .ok_or_else(|| misplaced(line, sq))?;
            let id = format!("{}-{n}", b.node(parent).id);
            let node = b.add(parent, NodeKind::Point, id, &number);
            ctx.point = Some(node);
            run_in(b, node, text, sq);
        }
        Marker::Box { n, title } => {
            let parent = ctx
                .section
                .or(ctx.chapter)
                .ok_or_else(|| misplaced(line, sq))?;
            let node = b.add(
                parent,
                NodeKind::Box,
                format!("box{n}"),
                &format!("专栏{n}"),
            );
            heading(b, node, &title);
            *ctx = Ctx {
                item: None,
                sub: None,
                point: None,
                ..*ctx
            };
            return Ok(Mode::Box(BoxState::new(node)));
        }
        Marker::Table { n, title } => {
            let parent = ctx
                .section
                .or(ctx.chapter)
                .ok_or_else(|| misplaced(line, sq))?;
            let node = b.add(
                parent,
                NodeKind::Table,
                format!("table{n}"),
                &format!("表{n}"),
            );
            heading(b, node, &title);
            *ctx = Ctx {
                item: None,
                sub: None,
                point: None,
                ..*ctx
            };
            return Ok(Mode::Table(TableState::new(node)));
        }
        Marker::Back => {
            let node = b.add(0, NodeKind::Back, "back".into(), "");
            *ctx = Ctx {
                top: Some(node),
                ..Ctx::default()
            };
            run_in(b, node, text, sq);
        }
    }
    Ok(Mode::Normal)
}

/// A marker line that also starts the unit's first paragraph.
fn run_in(b: &mut Builder, node: usize, line: &str, sq: &str) {
    b.open(node, PassageKind::Paragraph);
    b.push(sq);
    if lines::ends_passage(line) {
        b.close();
    }
}
