use super::ParamError;

/// Longest `title=` of an embed or an image (a slide title, not a paragraph).
pub const MAX_TITLE_CHARS: usize = 100;

/// `title=`: trimmed; empty means "no title" (the default one is used).
pub fn parse_title(value: &str) -> Result<Option<String>, ParamError> {
    let t = value.trim();
    if t.chars().count() > MAX_TITLE_CHARS {
        return Err(ParamError::new(
            "title",
            format!("at most {MAX_TITLE_CHARS} characters"),
        ));
    }
    Ok((!t.is_empty()).then(|| t.to_owned()))
}
