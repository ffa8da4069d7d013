//! Errors. Parsing is strict on purpose: a structural marker in an
//! impossible place (a 节 before any 章) means the extraction changed and
//! every id derived from the structure would silently shift.

use std::fmt;

/// Why a plan could not be parsed or reassembled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    /// The text has no non-whitespace content.
    Empty,
    /// A structural marker appeared where the hierarchy does not allow it.
    Misplaced { line: usize, text: String },
    /// Two nodes or passages would get the same id.
    DuplicateId(String),
    /// Passages do not tile the body exactly (named passage starts a gap or
    /// overlap, or its byte and char ranges disagree).
    Coverage { passage: String },
    /// A node's links are inconsistent (no root at index 0, a parent that
    /// does not list it, an index out of range).
    BadNode(String),
    /// Catalogue citations that resolve to no passage, or to several.
    Unresolved(Vec<String>),
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::Empty => write!(f, "the plan text is empty"),
            PlanError::Misplaced { line, text } => {
                write!(f, "line {line}: structural marker out of place: {text}")
            }
            PlanError::DuplicateId(id) => write!(f, "duplicate id {id}"),
            PlanError::BadNode(id) => write!(f, "inconsistent node links at {id}"),
            PlanError::Coverage { passage } => {
                write!(f, "passages do not tile the body at {passage}")
            }
            PlanError::Unresolved(list) => {
                write!(
                    f,
                    "{} citations do not resolve to one passage of the plan: {}",
                    list.len(),
                    list.join("; ")
                )
            }
        }
    }
}

impl std::error::Error for PlanError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_problem() {
        let e = PlanError::Misplaced {
            line: 3,
            text: "第一节 x".into(),
        };
        assert_eq!(
            e.to_string(),
            "line 3: structural marker out of place: 第一节 x"
        );
        assert!(PlanError::DuplicateId("ch1".into())
            .to_string()
            .contains("ch1"));
        assert!(!PlanError::Empty.to_string().is_empty());
    }
}
