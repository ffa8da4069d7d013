//! A change field by field (old → new), as the review queue and the history show it.
use app::i18n;
use app::model::{FieldChange, Lang, Precision, Status};
use app::tr;
use leptos::prelude::*;
use serde_json::Value;

/// A site as one line: name, position and precision.
fn member_text(m: &Value, lang: Lang) -> String {
    let name = m.get("name_zh").and_then(Value::as_str).unwrap_or_default();
    let coord = |k: &str| m.get(k).and_then(Value::as_f64).unwrap_or_default();
    let precision = serde_json::from_value::<Precision>(m["precision"].clone())
        .map(|p| i18n::precision(lang, p))
        .unwrap_or_default();
    format!(
        "{name} ({:.5}, {:.5} · {precision})",
        coord("lon"),
        coord("lat")
    )
}

/// A property's value in words; JSON only for what has no better form.
pub fn value_text(field: &str, v: &Value, lang: Lang) -> String {
    match (field, v) {
        (_, Value::Null) => "—".into(),
        ("members", Value::Array(ms)) => ms
            .iter()
            .map(|m| member_text(m, lang))
            .collect::<Vec<_>>()
            .join("；"),
        ("status", _) => serde_json::from_value::<Status>(v.clone())
            .map(|s| s.label(lang).to_owned())
            .unwrap_or_else(|_| v.to_string()),
        ("precision", _) => serde_json::from_value::<Precision>(v.clone())
            .map(|p| i18n::precision(lang, p).to_owned())
            .unwrap_or_else(|_| v.to_string()),
        (_, Value::String(s)) => s.clone(),
        (_, Value::Array(items)) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("、"),
        _ => v.to_string(),
    }
}

/// The table of a change; every value is text, so markup in it is shown, not run.
pub fn diff_table(lang: Lang, changes: &[FieldChange]) -> impl IntoView {
    let rows = changes
        .iter()
        .map(|c| {
            view! {
                <tr data-field=c.field.clone()>
                    <th scope="row">{c.field.clone()}</th>
                    <td class="diff-old">{value_text(&c.field, &c.old, lang)}</td>
                    <td class="diff-new">{value_text(&c.field, &c.new, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="diff">
            <thead><tr>
                <th scope="col">{tr!(lang, review.field)}</th>
                <th scope="col">{tr!(lang, review.before)}</th>
                <th scope="col">{tr!(lang, review.after)}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_read_as_words() {
        let site = json!([{"name_zh": "园", "lon": 119.0, "lat": 25.4, "precision": "site"}]);
        assert_eq!(
            value_text("members", &site, Lang::En),
            "园 (119.00000, 25.40000 · Located to the park)"
        );
        assert_eq!(
            value_text("status", &json!("operating"), Lang::Zh),
            "建成运营"
        );
        assert_eq!(value_text("aliases", &json!(["a", "b"]), Lang::Zh), "a、b");
        assert_eq!(value_text("note", &Value::Null, Lang::Zh), "—");
    }
}
