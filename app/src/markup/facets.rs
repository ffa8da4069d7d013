//! The filter panel's checkbox groups (events are delegated by `FilterPanel`).
use crate::model::escape_markup;

/// One checkbox of a facet: its key, label, live count and whether it is on.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetItem {
    pub key: String,
    pub label: String,
    pub count: usize,
    pub checked: bool,
    /// Swatch colour for sectors.
    pub color: Option<String>,
    /// Items nested under this one (a sector's sub-industries), of the group's `child_facet`.
    pub children: Vec<FacetItem>,
}

/// A `<fieldset>` of checkboxes; the fieldset names its `facet`, each checkbox's value is
/// its item's key.
pub struct FacetGroup<'a> {
    pub title: &'a str,
    pub facet: &'static str,
    pub items: Vec<FacetItem>,
    /// The facet of the items' children.
    pub child_facet: &'static str,
}

pub fn facet_groups(groups: &[FacetGroup]) -> String {
    let mut out = String::new();
    for g in groups {
        out.push_str(&format!(
            r#"<fieldset class="facet" data-facet="{}"><legend>{}</legend>"#,
            g.facet,
            escape_markup(g.title)
        ));
        for item in &g.items {
            checkbox(&mut out, g.facet, item);
            if !item.children.is_empty() {
                out.push_str(&format!(
                    r#"<div class="facet-sub" data-facet="{}" role="group" aria-label="{}">"#,
                    g.child_facet,
                    escape_markup(&item.label)
                ));
                for child in &item.children {
                    checkbox(&mut out, g.child_facet, child);
                }
                out.push_str("</div>");
            }
        }
        out.push_str("</fieldset>");
    }
    out
}

/// One labelled checkbox with its count (and swatch).
fn checkbox(out: &mut String, facet: &str, item: &FacetItem) {
    let id = format!("f-{}-{}", facet, escape_markup(&item.key));
    let empty = if item.count == 0 && !item.checked {
        " empty"
    } else {
        ""
    };
    let checked = if item.checked { " checked" } else { "" };
    let swatch = item.color.as_deref().map_or(String::new(), |c| {
        format!(
            r#"<span class="swatch" style="background:{}"></span>"#,
            escape_markup(c)
        )
    });
    out.push_str(&format!(
                r#"<label class="facet-item{empty}" for="{id}"><input type="checkbox" id="{id}" value="{}"{checked}>{swatch}<span class="facet-label">{}</span><span class="facet-count">{}</span></label>"#,
                escape_markup(&item.key),
                escape_markup(&item.label),
                item.count
            ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(key: &str, count: usize, checked: bool, color: Option<&str>) -> FacetItem {
        FacetItem {
            key: key.into(),
            label: format!("<{key}>"),
            count,
            checked,
            color: color.map(Into::into),
            children: Vec::new(),
        }
    }

    #[test]
    fn checkboxes_are_labelled_counted_and_escaped() {
        let html = facet_groups(&[FacetGroup {
            title: "产业",
            facet: "sector",
            items: vec![
                FacetItem {
                    children: vec![item("new_materials.graphene", 3, false, None)],
                    ..item("new_materials", 12, true, Some("#abc"))
                },
                item("marine", 0, false, None),
            ],
            child_facet: "chain",
        }]);
        assert!(html.contains(r#"</label><div class="facet-sub" data-facet="chain" role="group" aria-label="&lt;new_materials&gt;"><label class="facet-item" for="f-chain-new_materials.graphene">"#), "{html}");
        assert!(html
            .starts_with(r#"<fieldset class="facet" data-facet="sector"><legend>产业</legend>"#));
        assert!(html.contains(r#"<label class="facet-item" for="f-sector-new_materials"><input type="checkbox" id="f-sector-new_materials" value="new_materials" checked><span class="swatch" style="background:#abc"></span><span class="facet-label">&lt;new_materials&gt;</span><span class="facet-count">12</span></label>"#), "{html}");
        assert!(html.contains(r#"<label class="facet-item empty" for="f-sector-marine"><input type="checkbox" id="f-sector-marine" value="marine">"#), "{html}");
        assert!(html.ends_with("</fieldset>"));
    }
}
