use std::path::Path;

use super::CatalogueError;

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
        let normalised = normalise(&strip_page_markers(&raw));
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

/// Removes all whitespace.
pub fn normalise(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Removes page markers of the form `— 16 —` (em dash, page number, em dash).
fn strip_page_markers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('—') {
        out.push_str(&rest[..start]);
        let after = &rest[start + '—'.len_utf8()..];
        let body = after.trim_start();
        let digits = body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let tail = body[digits..].trim_start();
        if digits > 0 && tail.starts_with('—') {
            rest = &tail['—'.len_utf8()..];
        } else {
            out.push('—');
            rest = after;
        }
    }
    out.push_str(rest);
    out
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
