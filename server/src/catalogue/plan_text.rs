use std::path::Path;

use super::CatalogueError;
use crate::plan::text::normalise;

/// The plan's text, as published and normalised for quote matching: the PDF extraction
/// breaks sentences across lines and inserts page markers (`— 16 —`), so quotes are
/// compared with all whitespace and page markers removed.
#[derive(Debug)]
pub struct PlanText {
    pub raw: String,
    normalised: String,
}

impl PlanText {
    pub fn load(path: &Path) -> Result<Self, CatalogueError> {
        let raw = std::fs::read_to_string(path).map_err(|source| CatalogueError::Read {
            file: path.to_owned(),
            source,
        })?;
        Ok(Self::new(raw))
    }

    pub fn new(raw: String) -> Self {
        let normalised = normalise(&raw);
        PlanText { raw, normalised }
    }

    /// True when `quote` occurs in the plan (whitespace ignored).
    pub fn contains(&self, quote: &str) -> bool {
        let q = normalise(quote);
        !q.is_empty() && self.normalised.contains(&q)
    }

    pub fn normalised(&self) -> &str {
        &self.normalised
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_match_across_line_breaks_and_page_markers() {
        let plan = PlanText::new("支持厦门\n\n— 16 —\n火炬高新区建设——重点".into());
        assert!(plan.contains("支持厦门火炬高新区"));
        assert!(plan.contains("建设——重点"), "ordinary dashes survive");
        assert!(!plan.contains("泉州"));
        assert!(!plan.contains("  "), "an empty quote matches nothing");
    }
}
