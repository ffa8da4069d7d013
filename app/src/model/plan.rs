//! The plan as the reader and the API show it: its table of contents, a section's
//! passages with the entities they mention, passage search hits, and the evidence of an
//! industry ranking. Text is the plan's (whitespace and page footers removed); ranges are
//! char offsets into a passage's `text`.
use serde::{Deserialize, Serialize};

use super::{ParamError, MAX_Q_CHARS};

/// `read=contents`: the reader open at its table of contents.
pub const PLAN_CONTENTS: &str = "contents";

/// `q=` of a search in the plan (REST and the reader's server function): the text, trimmed,
/// 1 to [`MAX_Q_CHARS`] characters.
pub fn parse_plan_search(q: &str) -> Result<String, ParamError> {
    let q = q.trim();
    if q.is_empty() || q.chars().count() > MAX_Q_CHARS {
        let msg = format!("required: 1 to {MAX_Q_CHARS} characters of the plan's text");
        return Err(ParamError::new("q", msg));
    }
    Ok(q.to_owned())
}

/// A node of the table of contents.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanNode {
    /// Stable ascii id (`ch3-s4-i3`, `box9-g1-r1`), the value of `section=`.
    pub id: String,
    /// `chapter`, `section`, `item`, `sub_item`, `box`, `box_group`, `box_row`, `table` …
    pub kind: String,
    /// As the plan numbers it (`第三章`, `（一）`, `专栏9`), or empty.
    pub number: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<PlanNode>,
}

/// A mention of catalogued entities in a passage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanMention {
    pub start: usize,
    pub end: usize,
    pub entities: Vec<String>,
}

/// A paragraph, heading, label or 专栏 row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanPassage {
    pub id: String,
    /// `heading`, `label`, `paragraph` or `row`.
    pub kind: String,
    /// The node it belongs to.
    pub node: String,
    pub text: String,
    pub mentions: Vec<PlanMention>,
}

/// A section with its place in the plan and its passages (those of its whole subtree).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanSection {
    pub id: String,
    pub number: String,
    pub title: String,
    /// From the chapter down to this section, `(id, number, title)`.
    pub path: Vec<(String, String, String)>,
    pub passages: Vec<PlanPassage>,
    /// Entities the section mentions or cites (what its "show on map" shows).
    pub entity_count: usize,
    /// The same count for each node of the section that names any entity, in order.
    pub node_counts: Vec<(String, usize)>,
}

/// A passage where the searched text stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanTextHit {
    pub section: String,
    /// The section's numbers and titles, chapter first, for a heading above the hit.
    pub section_label: String,
    pub passage: String,
    pub text: String,
    pub spans: Vec<(usize, usize)>,
}

/// Why an entity fits an industry: a passage that cites it (or the item around one),
/// with the matched text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub section: String,
    pub section_label: String,
    pub passage: String,
    /// `cited` or `context`.
    pub role: String,
    pub text: String,
    pub spans: Vec<(usize, usize)>,
}
