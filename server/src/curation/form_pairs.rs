//! An HTML form's fields as the suggest forms read them.

pub(super) type Pairs = [(String, String)];

/// The field's value, trimmed; empty when the form did not send it.
pub(super) fn get<'a>(pairs: &'a Pairs, name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .unwrap_or_default()
}
