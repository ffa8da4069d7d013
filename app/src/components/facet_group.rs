use leptos::prelude::*;

/// One checkbox of a facet: its key, label, live count and whether it is on.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetItem {
    pub key: String,
    pub label: String,
    pub count: usize,
    pub checked: bool,
    /// Swatch colour for sectors.
    pub color: Option<String>,
}

/// A fieldset of checkboxes; toggling one calls `on_toggle` with its key.
#[component]
pub fn FacetGroup(
    title: &'static str,
    facet: &'static str,
    items: Vec<FacetItem>,
    on_toggle: Callback<String>,
) -> impl IntoView {
    view! {
        <fieldset class="facet" data-facet=facet>
            <legend>{title}</legend>
            {items
                .into_iter()
                .map(|item| {
                    let key = item.key.clone();
                    let id = format!("f-{facet}-{}", item.key);
                    let for_id = id.clone();
                    view! {
                        <label class="facet-item" for=for_id class:empty=item.count == 0 && !item.checked>
                            <input
                                type="checkbox"
                                id=id
                                value=item.key.clone()
                                prop:checked=item.checked
                                on:change=move |_| on_toggle.run(key.clone())
                            />
                            {item.color.map(|c| view! { <span class="swatch" style=format!("background:{c}")></span> })}
                            <span class="facet-label">{item.label}</span>
                            <span class="facet-count">{item.count}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
