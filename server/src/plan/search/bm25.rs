//! Okapi BM25 over character n-grams.
//!
//! Chinese has no spaces, and the plan's vocabulary is open (异质结电池,
//! 稀土永磁), so terms are character bigrams within runs of letters/digits
//! (punctuation breaks a run), plus unigrams so that 1-char queries work.
//! A query run of 2+ chars contributes its distinct bigrams, a 1-char run
//! its unigram.
//!
//! score(D, Q) = Σ_{t ∈ Q} idf(t) · tf(t,D)·(k1+1) / (tf(t,D) + k1·(1 − b + b·|D|/avgdl))
//! idf(t) = ln(1 + (N − df(t) + 0.5) / (df(t) + 0.5)), k1 = 1.2, b = 0.75,
//! |D| = number of letter/digit chars of D.

use std::collections::HashMap;

use crate::plan::text::is_word_char;

pub(crate) const K1: f64 = 1.2;
pub(crate) const B: f64 = 0.75;

/// A unigram (`b == 0`) or bigram, packed: chars are < 2^21.
pub(crate) type Term = u64;

fn pack(a: char, b: Option<char>) -> Term {
    (u64::from(a) << 21) | b.map_or(0, u64::from)
}

/// Every unigram and bigram of `chars` (bigrams only inside word runs).
fn doc_terms(chars: &[char]) -> impl Iterator<Item = Term> + '_ {
    let uni = chars
        .iter()
        .filter(|c| is_word_char(**c))
        .map(|&c| pack(c, None));
    let bi = chars
        .windows(2)
        .filter(|w| is_word_char(w[0]) && is_word_char(w[1]))
        .map(|w| pack(w[0], Some(w[1])));
    uni.chain(bi)
}

/// Distinct query terms: bigrams of runs of 2+ word chars, unigrams of
/// single-char runs.
pub(crate) fn query_terms(query: &str) -> Vec<Term> {
    let chars: Vec<char> = query.chars().collect();
    let mut terms = Vec::new();
    for run in chars.split(|c| !is_word_char(*c)).filter(|r| !r.is_empty()) {
        if run.len() == 1 {
            terms.push(pack(run[0], None));
        } else {
            terms.extend(run.windows(2).map(|w| pack(w[0], Some(w[1]))));
        }
    }
    let mut seen = std::collections::HashSet::new();
    terms.retain(|t| seen.insert(*t));
    terms
}

/// Char positions of `chars` covered by an occurrence of a query term.
pub(crate) fn covered(chars: &[char], terms: &[Term]) -> Vec<bool> {
    let mut mark = vec![false; chars.len()];
    for (i, &c) in chars.iter().enumerate() {
        if terms.contains(&pack(c, None)) {
            mark[i] = true;
        }
        if let Some(&d) = chars.get(i + 1) {
            if terms.contains(&pack(c, Some(d))) {
                mark[i] = true;
                mark[i + 1] = true;
            }
        }
    }
    mark
}

/// Number of word chars: the document length |D|.
pub(crate) fn doc_len(chars: &[char]) -> usize {
    chars.iter().filter(|c| is_word_char(**c)).count()
}

/// Term frequencies of `terms` in `chars`, written to `tf` (no index
/// needed; for short spans). Query terms only hold word chars, so a packed
/// comparison is enough.
pub(crate) fn term_freqs(chars: &[char], terms: &[Term], tf: &mut [u32]) {
    tf.fill(0);
    for (i, &c) in chars.iter().enumerate() {
        let first = u64::from(c);
        for (k, &t) in terms.iter().enumerate() {
            if t >> 21 == first {
                let second = t & 0x1F_FFFF;
                if second == 0 || chars.get(i + 1).map(|&d| u64::from(d)) == Some(second) {
                    tf[k] += 1;
                }
            }
        }
    }
}

/// Inverted index over a fixed list of documents.
#[derive(Debug, Clone)]
pub(crate) struct Bm25 {
    postings: HashMap<Term, Vec<(u32, u32)>>,
    doc_len: Vec<u32>,
    avgdl: f64,
}

impl Bm25 {
    pub(crate) fn build<'a>(docs: impl Iterator<Item = &'a [char]>) -> Bm25 {
        let mut postings: HashMap<Term, Vec<(u32, u32)>> = HashMap::new();
        let mut doc_len = Vec::new();
        for (d, chars) in docs.enumerate() {
            let d = u32::try_from(d).unwrap_or(u32::MAX);
            let mut tf: HashMap<Term, u32> = HashMap::new();
            for t in doc_terms(chars) {
                *tf.entry(t).or_default() += 1;
            }
            for (t, n) in tf {
                postings.entry(t).or_default().push((d, n));
            }
            doc_len.push(u32::try_from(self::doc_len(chars)).unwrap_or(u32::MAX));
        }
        let total: f64 = doc_len.iter().map(|&l| f64::from(l)).sum();
        let avgdl = if doc_len.is_empty() {
            1.0
        } else {
            (total / doc_len.len() as f64).max(1.0)
        };
        Bm25 {
            postings,
            doc_len,
            avgdl,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.doc_len.len()
    }

    /// Inverse document frequency of each term.
    pub(crate) fn idfs(&self, terms: &[Term]) -> Vec<f64> {
        let n = self.len() as f64;
        terms
            .iter()
            .map(|t| {
                let df = self.postings.get(t).map_or(0, Vec::len) as f64;
                (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
            })
            .collect()
    }

    /// Dense per-document scores (0 for documents without any term).
    pub(crate) fn score_all(&self, terms: &[Term], idfs: &[f64]) -> Vec<f64> {
        let mut scores = vec![0.0; self.len()];
        for (t, idf) in terms.iter().zip(idfs) {
            for &(d, tf) in self.postings.get(t).map_or(&[][..], Vec::as_slice) {
                let dl = f64::from(self.doc_len[d as usize]);
                scores[d as usize] += idf * weight(f64::from(tf), dl, self.avgdl);
            }
        }
        scores
    }
}

/// The BM25 term weight for frequency `tf` in a document of length `dl`.
pub(crate) fn weight(tf: f64, dl: f64, avgdl: f64) -> f64 {
    tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * dl / avgdl))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn terms_and_coverage() {
        assert_eq!(query_terms("膜材料").len(), 2);
        assert_eq!(query_terms("膜材料 膜材").len(), 2, "distinct");
        assert_eq!(query_terms("氢"), vec![pack('氢', None)]);
        let text = chars("高性能膜、膜材料。");
        let mark = covered(&text, &query_terms("膜材料"));
        let got: String = text
            .iter()
            .zip(&mark)
            .filter(|(_, m)| **m)
            .map(|(c, _)| c)
            .collect();
        assert_eq!(got, "膜材料");
        let mut tf = [0; 2];
        term_freqs(&text, &query_terms("膜材料"), &mut tf);
        assert_eq!(tf, [1, 1]);
        term_freqs(&text, &query_terms("膜"), &mut tf[..1]);
        assert_eq!(tf[0], 2);
    }

    #[test]
    fn rarer_and_denser_terms_score_higher() {
        let docs = [
            chars("疫苗疫苗研发"),
            chars("疫苗和药物研发生产基地建设"),
            chars("新能源汽车"),
        ];
        let idx = Bm25::build(docs.iter().map(Vec::as_slice));
        let q = query_terms("疫苗");
        let s = idx.score_all(&q, &idx.idfs(&q));
        assert!(s[0] > s[1] && s[1] > 0.0 && s[2] == 0.0, "{s:?}");
        let q2 = query_terms("研发");
        let s2 = idx.score_all(&q2, &idx.idfs(&q2));
        assert!(s[0] > s2[0], "same df: the higher tf wins");
    }
}
