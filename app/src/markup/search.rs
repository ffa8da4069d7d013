//! The search box's suggestion list (see `components/search_box.rs`).
use crate::model::escape_markup;

/// One suggestion: the entity, its name in the UI language, and a line of context.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub id: String,
    pub name: String,
    pub meta: String,
}

/// `<li role="option">` items; `active` is the one the arrow keys are on.
pub fn suggestion_items(items: &[Suggestion], active: Option<usize>) -> String {
    items
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!(
                r#"<li id="suggestion-{i}" role="option" class="suggestion" data-id="{}" aria-selected="{}"><span class="suggestion-name">{}</span><span class="suggestion-meta">{}</span></li>"#,
                escape_markup(&s.id),
                active == Some(i),
                escape_markup(&s.name),
                escape_markup(&s.meta)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_the_active_option() {
        let s = |id: &str| Suggestion {
            id: id.into(),
            name: format!("<{id}>"),
            meta: String::new(),
        };
        let html = suggestion_items(&[s("a"), s("b")], Some(1));
        assert!(html.contains(r#"id="suggestion-0" role="option" class="suggestion" data-id="a" aria-selected="false""#));
        assert!(html.contains(
            r#"data-id="b" aria-selected="true"><span class="suggestion-name">&lt;b&gt;"#
        ));
    }
}
