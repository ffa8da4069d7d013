//! Line classification for the PDF-extracted plan text.
//!
//! The extraction keeps one printed line per text line, so structure is
//! recognised line by line: a heading is a short line starting with a
//! numbering pattern; a passage of body text ends on a line that ends a
//! sentence (or on a short line, which in justified PDF text is always the
//! last line of a block).

use crate::plan::text::{chinese_numeral, squeeze};

/// Display width in half-width units: ASCII counts 1, everything else 2.
/// Full body lines are about 56–62 units wide, 专栏 lines about 66–76.
pub fn width(line: &str) -> usize {
    line.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// Lines narrower than this are "short": the last line of a block.
pub const SHORT: usize = 36;
/// 章/节/`一、` headings are narrower than this (the widest is 33).
const HEADING_MAX: usize = 40;
/// 专栏/表 titles are narrower than this (the widest is 47).
const TITLE_MAX: usize = 60;

/// A structural marker recognised at the start of a (trimmed) line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Marker {
    Preface,
    Chapter {
        n: u32,
        number: String,
        title: String,
    },
    Section {
        n: u32,
        number: String,
        title: String,
    },
    /// `一、title` on a line of its own.
    Item {
        n: u32,
        number: String,
        title: String,
    },
    /// `（一）` followed by a run-in heading and text.
    SubItem {
        n: u32,
        number: String,
    },
    /// `1.` followed by a run-in heading and text.
    Point {
        n: u32,
        number: String,
    },
    Box {
        n: u32,
        title: String,
    },
    Table {
        n: u32,
        title: String,
    },
    Back,
}

/// Recognises a structural marker; `line` must be trimmed and non-empty.
pub fn marker(line: &str) -> Option<Marker> {
    let sq = squeeze(line);
    let heading_like = width(line) < HEADING_MAX && !sq.contains('。');
    let title_like = width(line) < TITLE_MAX && !sq.contains('。');
    if sq == "前言" {
        return Some(Marker::Preface);
    }
    if sq.starts_with("抄送：") {
        return Some(Marker::Back);
    }
    if title_like {
        if let Some((n, title)) = arabic_after(&sq, "专栏") {
            return Some(Marker::Box { n, title });
        }
        if let Some((n, title)) = arabic_after(&sq, "表") {
            return Some(Marker::Table { n, title });
        }
    }
    if heading_like {
        if let Some((n, number, title)) = ordinal_heading(&sq, '章') {
            return Some(Marker::Chapter { n, number, title });
        }
        if let Some((n, number, title)) = ordinal_heading(&sq, '节') {
            return Some(Marker::Section { n, number, title });
        }
        if let Some((head, title)) = sq.split_once('、') {
            if let (Some(n), false) = (chinese_numeral(head), title.is_empty() || sq.contains('，'))
            {
                let number = format!("{head}、");
                return Some(Marker::Item {
                    n,
                    number,
                    title: title.to_string(),
                });
            }
        }
    }
    if let Some((n, number)) = bracketed(&sq, chinese_numeral) {
        return Some(Marker::SubItem { n, number });
    }
    point(&sq).map(|(n, number)| Marker::Point { n, number })
}

/// `第X章title` / `第X节title` → (value, `第X章`, title).
fn ordinal_heading(sq: &str, unit: char) -> Option<(u32, String, String)> {
    let rest = sq.strip_prefix('第')?;
    let (num, title) = rest.split_once(unit)?;
    let n = chinese_numeral(num)?;
    (!title.is_empty()).then(|| (n, format!("第{num}{unit}"), title.to_string()))
}

/// `专栏1title` / `表1title` → (1, title).
fn arabic_after(sq: &str, prefix: &str) -> Option<(u32, String)> {
    let rest = sq.strip_prefix(prefix)?;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let n = rest[..digits].parse().ok()?;
    let title = &rest[digits..];
    (!title.is_empty()).then(|| (n, title.to_string()))
}

/// `（X）…` with X accepted by `value` → (value, `（X）`).
fn bracketed(sq: &str, value: fn(&str) -> Option<u32>) -> Option<(u32, String)> {
    let rest = sq.strip_prefix('（')?;
    let (inner, _) = rest.split_once('）')?;
    let n = value(inner)?;
    Some((n, format!("（{inner}）")))
}

/// `1.…` / `1．…` followed by a non-digit → (1, `1.`).
fn point(sq: &str) -> Option<(u32, String)> {
    let digits = sq.len() - sq.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &sq[digits..];
    let dot = rest.chars().next().filter(|c| *c == '.' || *c == '．')?;
    let after = rest[dot.len_utf8()..].chars().next()?;
    if digits == 0 || after.is_ascii_digit() {
        return None;
    }
    Some((
        sq[..digits].parse().ok()?,
        sq[..digits + dot.len_utf8()].to_string(),
    ))
}

/// A 专栏 row start `（1）…` → (1, `（1）`).
pub fn row_number(line: &str) -> Option<(u32, String)> {
    bracketed(&squeeze(line), |s| s.parse().ok())
}

/// A 表 row start: a line beginning with the row's arabic 序号.
pub fn table_row_number(line: &str) -> Option<u32> {
    let first = line.split_whitespace().next()?;
    first.parse().ok()
}

/// One character of a vertically written 专栏 label (`创`, `新`, …).
pub fn is_label_char(line: &str) -> bool {
    let mut chars = line.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
}

/// A short line of letters only: a horizontal group heading
/// (`国家级产业集群`) or a 表1 category fragment (`产业`).
pub fn is_bare_label(line: &str, max_chars: usize) -> bool {
    let n = line.chars().count();
    n > 0 && n <= max_chars && line.chars().all(char::is_alphabetic)
}

/// True when a paragraph ends with this line: it ends a sentence, or it is
/// short and does not end in punctuation that announces a continuation.
pub fn ends_passage(line: &str) -> bool {
    let mut rev = line.chars().rev();
    let last = rev.next();
    let last = match last {
        Some('”' | '’' | '）') => rev.next().or(last),
        other => other,
    };
    match last {
        Some('。' | '！' | '？') => true,
        Some('，' | '、' | '（' | '“' | '《' | '—' | '：' | '；') | None => false,
        Some(_) => width(line) < SHORT,
    }
}

#[cfg(test)]
#[path = "lines_tests.rs"]
mod tests;
