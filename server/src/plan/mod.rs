//! The plan as structure: //! Structure, citations, mentions, sub-industries and search for the
//! Fujian 14th Five-Year Plan for strategic emerging industries
//! (福建省“十四五”战略性新兴产业发展专项规划), working from the PDF-extracted
//! text. Pure Rust, no I/O: callers pass in the text and the entities.
//!
//! ```no_run
//! use server::plan::{chains, Citations, Entity, EntityChains, IndustryIndex, Mentions, Plan};
//! # fn demo(text: &str, entities: &[Entity]) -> Result<(), server::plan::PlanError> {
//! let plan = Plan::parse(text)?;                       // tree + normalised body
//! let cites = Citations::resolve(&plan, entities);     // refs → passage + range
//! let mentions = Mentions::find(&plan, entities);      // names → ranges per passage
//! let links = EntityChains::derive(&plan, &cites);     // entity → 产业链
//! let index = IndustryIndex::build(&plan, &cites);     // build once
//! let hits = index.search("锂电池隔膜", 10);             // ranked entities + evidence
//! # let _ = (mentions, links, hits, chains()); Ok(()) }
//! ```
//!
//! ## The body and passages
//! `Plan::body` is the whole text with page footers (`— 16 —`) and all
//! whitespace removed, in reading order: exactly the form the catalogue's
//! quotes are written against. It is partitioned into passages (every char
//! in exactly one); offsets are stored both as chars (`Passage::chars`, the
//! unit of every `Span` in this crate) and bytes (`Passage::bytes`).
//! A passage is one of:
//! - a heading line (前言, 章, 节, `一、`, 专栏/表 title) — `Heading`;
//! - a group label (vertical 创新平台, 专栏9 国家级产业集群, 表1 产业结构) — `Label`;
//! - one 专栏 row `（1）…` (whatever its length), one unnumbered 专栏9
//!   paragraph, one 表1 row or its column header — `Row`;
//! - otherwise a sentence group: consecutive body lines up to a line that
//!   ends with `。！？` (optionally followed by a closing quote/bracket) or
//!   that is short (< 18 full-width chars) and does not end in `，、：；（“《—`,
//!   or up to the next structural marker — `Paragraph`. A PDF paragraph
//!   whose inner sentence happens to end at a line end is therefore split
//!   in two; a run-in heading (`（一）高性能集成电路。…`) stays in its first
//!   paragraph and is also the node's `title`.
//!
//! ## Ids
//! `front` (the notice), `preface`, `ch3`, `ch3-s1` (节), `ch3-s1-i1`
//! (`一、`), `ch3-s1-i1-1` (`（一）`), `…-1-1` (`1.`), `box1` (专栏1),
//! `box1-g2` (its 2nd row group), `box1-g2-r1` (row `（1）`), `box8-r5`
//! (专栏 without groups), `box9-g2-r3` (3rd unnumbered row), `table1`,
//! `table1-g2`, `table1-g2-r5` (序号 5), `back` (抄送). Numbers are the plan's
//! own, so ids do not move when other parts change. Passage ids are
//! `<node>.h` for the heading/label and `<node>.p<k>` for the others.
//!
//! Modules: [`structure`] (types), [`cite`], [`mentions`], [`chains`],
//! [`search`]; [`section`] parses the catalogue's section strings.

pub mod analysis;
pub mod chains;
pub mod cite;
pub mod entity;
pub mod error;
pub mod mentions;
pub mod search;
pub mod section;
pub mod span;
pub mod structure;
pub mod text;
pub mod views;

mod blocks;
mod builder;
mod kinds;
mod lines;
mod outline;
mod parse;
#[cfg(test)]
mod testdata;

pub use analysis::PlanAnalysis;
pub use chains::{chains, ChainLink, ChainRule, EntityChains};
pub use cite::{Citation, Citations, Problem, Unresolved};
pub use entity::Entity;
pub use error::PlanError;
pub use mentions::{Mention, Mentions};
pub use search::{search_text, synthetic_corpus, Evidence, Hit, IndustryIndex, Role, TextHit};
pub use structure::{Node, NodeKind, Passage, PassageKind, Plan, Span};

impl Plan {
    /// Parses the PDF-extracted plan text into nodes and passages.
    pub fn parse(text: &str) -> Result<Plan, PlanError> {
        parse::parse(text)
    }
}
