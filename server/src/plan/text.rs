//! Text normalisation shared by every module.
//!
//! The plan was extracted from a PDF, so the same wording can appear with
//! arbitrary line breaks, blank lines and page footers (`— 16 —`). Everything
//! in this crate compares text in one canonical form: page footers removed,
//! then all whitespace removed. Quotes in the entity catalogue were written
//! against exactly this form (see the project's `plan_text.rs`).

/// Removes all whitespace (Unicode `White_Space`, which includes the
/// ideographic space U+3000).
pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Removes page footers of the form `— 16 —` (em dash, optional whitespace,
/// digits, optional whitespace, em dash). Other em dashes (`集团—福州大学`,
/// `2021—2025`) are kept.
pub fn strip_page_markers(text: &str) -> String {
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

/// The canonical form used for all matching: footers stripped, whitespace
/// removed.
pub fn normalise(text: &str) -> String {
    squeeze(&strip_page_markers(text))
}

/// Value of a Chinese numeral from 一 to 九十九 (`十`, `十二`, `二十三`).
/// Returns `None` for anything else.
pub fn chinese_numeral(s: &str) -> Option<u32> {
    fn digit(c: char) -> Option<u32> {
        "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32 + 1)
    }
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => digit(*c),
        ['十', u] => digit(*u).map(|u| 10 + u),
        [t, '十'] => digit(*t).map(|t| t * 10),
        [t, '十', u] => Some(digit(*t)? * 10 + digit(*u)?),
        _ => None,
    }
}

/// Byte offset of every char of `s`, plus `s.len()` at the end, so that a
/// char range `a..b` maps to the byte range `table[a]..table[b]`.
pub fn char_byte_table(s: &str) -> Vec<usize> {
    let mut table: Vec<usize> = s.char_indices().map(|(b, _)| b).collect();
    table.push(s.len());
    table
}

/// All char offsets at which `needle` occurs in `haystack` (overlapping
/// occurrences included). `table` must be `char_byte_table(haystack)`.
pub fn find_all_chars(haystack: &str, table: &[usize], needle: &str) -> Vec<usize> {
    let mut hits = Vec::new();
    if needle.is_empty() {
        return hits;
    }
    let mut from = 0;
    while let Some(pos) = haystack[from..].find(needle) {
        let byte = from + pos;
        if let Ok(ch) = table.binary_search(&byte) {
            hits.push(ch);
        }
        // Advance by one char so overlapping occurrences are found too.
        let step = haystack[byte..].chars().next().map_or(1, char::len_utf8);
        from = byte + step;
    }
    hits
}

/// True for characters that carry meaning for search (ideographs, letters,
/// digits); punctuation and symbols split search terms.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_markers_and_whitespace_go_but_dashes_stay() {
        let t = "支持厦门\n\n— 16 —\n火炬高新区——重点 2021—2025 年";
        assert_eq!(normalise(t), "支持厦门火炬高新区——重点2021—2025年");
        assert_eq!(squeeze(" a\u{3000}b\n"), "ab");
    }

    #[test]
    fn numerals() {
        assert_eq!(chinese_numeral("一"), Some(1));
        assert_eq!(chinese_numeral("十"), Some(10));
        assert_eq!(chinese_numeral("十二"), Some(12));
        assert_eq!(chinese_numeral("二十"), Some(20));
        assert_eq!(chinese_numeral("二十三"), Some(23));
        assert_eq!(chinese_numeral("甲"), None);
        assert_eq!(chinese_numeral(""), None);
    }

    #[test]
    fn char_offsets_of_matches() {
        let s = "氢能氢能a氢";
        let table = char_byte_table(s);
        assert_eq!(find_all_chars(s, &table, "氢能"), vec![0, 2]);
        assert_eq!(find_all_chars(s, &table, "氢"), vec![0, 2, 5]);
        assert_eq!(
            find_all_chars("aaa", &char_byte_table("aaa"), "aa"),
            vec![0, 1]
        );
        assert!(find_all_chars(s, &table, "").is_empty());
        assert_eq!(table.len(), s.chars().count() + 1);
    }
}
