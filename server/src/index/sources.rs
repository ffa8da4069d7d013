//! The documents each entity cites (`source=`), numbered once per index so that a query
//! tests small integers: number 0 is the plan itself ([`PLAN_SOURCE`]), other documents
//! are numbered by title as first met. Documents are open-ended (curation adds them), so
//! an unknown title is not an error: it matches nothing.
use std::collections::{BTreeMap, BTreeSet, HashMap};

use app::model::params::{source_name, PLAN_SOURCE};
use app::model::Entity;

/// See the module documentation.
#[derive(Debug, Default)]
pub(super) struct Sources {
    /// Document number → its name in `source=`.
    names: Vec<String>,
    numbers: HashMap<String, u32>,
    /// Internal number → its documents in `docs`.
    ranges: Vec<(u32, u32)>,
    docs: Vec<u32>,
}

impl Sources {
    pub fn new() -> Sources {
        let mut s = Sources::default();
        s.number(PLAN_SOURCE);
        s
    }

    fn number(&mut self, name: &str) -> u32 {
        if let Some(&n) = self.numbers.get(name) {
            return n;
        }
        let n = self.names.len() as u32;
        self.names.push(name.to_owned());
        self.numbers.insert(name.to_owned(), n);
        n
    }

    /// Records the documents of the next entity (in internal order).
    pub fn push(&mut self, e: &Entity) {
        let start = self.docs.len() as u32;
        for d in e.props.documents() {
            let n = self.number(source_name(d));
            self.docs.push(n);
        }
        self.ranges.push((start, self.docs.len() as u32));
    }

    fn of(&self, n: u32) -> &[u32] {
        let (start, end) = self.ranges[n as usize];
        &self.docs[start as usize..end as usize]
    }

    /// The filter `source=` asks for; `None` when it names none (every entity passes).
    pub fn filter(&self, wanted: &BTreeSet<String>) -> Option<SourceFilter> {
        (!wanted.is_empty()).then(|| SourceFilter {
            wanted: self.names.iter().map(|n| wanted.contains(n)).collect(),
        })
    }

    /// A count per document, all zero, for [`Sources::add`].
    pub fn tally(&self) -> Vec<usize> {
        vec![0; self.names.len()]
    }

    /// Counts entity `n` (internal number) under each document it cites.
    pub fn add(&self, tally: &mut [usize], n: u32) {
        for &d in self.of(n) {
            tally[d as usize] += 1;
        }
    }

    /// The documents counted at least once, by their `source=` name.
    pub fn named(&self, tally: Vec<usize>) -> BTreeMap<String, usize> {
        let named = self.names.iter().cloned().zip(tally);
        named.filter(|(_, c)| *c > 0).collect()
    }
}

/// The documents a query wants, by document number.
#[derive(Clone, Debug)]
pub(super) struct SourceFilter {
    wanted: Vec<bool>,
}

impl SourceFilter {
    /// Whether entity `n` cites any wanted document.
    pub fn accepts(&self, sources: &Sources, n: u32) -> bool {
        sources.of(n).iter().any(|&d| self.wanted[d as usize])
    }
}
