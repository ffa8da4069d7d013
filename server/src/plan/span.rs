//! Char ranges. Every position in this crate is a char offset into the
//! plan's normalised body (bytes are only stored alongside passages).

use serde::{Deserialize, Serialize};

/// Half-open range `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// True when the two ranges share at least one position.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_and_length() {
        let a = Span::new(2, 5);
        assert_eq!(a.len(), 3);
        assert!(a.overlaps(&Span::new(4, 9)) && !a.overlaps(&Span::new(5, 9)));
        assert!(Span::new(3, 3).is_empty() && Span::new(4, 3).is_empty());
    }
}
