use leptos::html::Div;
use leptos::prelude::*;

/// The map area. Leaflet is created in the browser once the element exists, redrawn from
/// the shared search result, and removed when the component goes away.
#[component]
pub fn MapView() -> impl IntoView {
    let node = NodeRef::<Div>::new();
    #[cfg(feature = "hydrate")]
    browser::attach(node);
    view! {
        <div class="map" id="map" node_ref=node role="region" aria-label="福建省地图 · Map of Fujian"></div>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::html::Div;
    use leptos::prelude::*;

    use crate::components::atlas_page::{SearchResource, SectorsResource};
    use crate::map::leaflet_map::{mount, MapHandle};
    use crate::state::use_view_state;

    pub fn attach(node: NodeRef<Div>) {
        let view = use_view_state();
        let search = expect_context::<SearchResource>();
        let sectors = expect_context::<SectorsResource>();
        let handle = StoredValue::new_local(None::<MapHandle>);
        let ready = RwSignal::new(false);
        Effect::new(move |_| {
            let Some(el) = node.get() else { return };
            let initial = view.state.with_untracked(|s| s.viewport);
            let on_select = move |id: String| view.update(false, |s| s.selected = Some(id));
            let on_move = move |v| view.update(true, |s| s.viewport = Some(v));
            handle.set_value(Some(mount(&el, initial, on_select, on_move)));
            ready.set(true);
            on_cleanup(move || handle.set_value(None));
        });
        let selected = Memo::new(move |_| view.state.with(|s| s.selected.clone()));
        let lang = Memo::new(move |_| view.state.with(|s| s.lang));
        Effect::new(move |previous: Option<Option<String>>| {
            let sel = selected.get();
            if !ready.get() {
                return sel;
            }
            let (Some(Ok(page)), colors) = (search.get(), sectors.get()) else {
                return sel;
            };
            let colors = colors.and_then(Result::ok).unwrap_or_default();
            handle.with_value(|h| {
                let Some(h) = h else { return };
                h.markers
                    .draw(&page.entities, &colors, sel.as_deref(), lang.get());
                // Newly selected (list, search, related link): bring it into view. Not on
                // page load, where the URL's viewport is the view to reproduce.
                if previous.as_ref().is_some_and(|p| *p != sel) {
                    if let Some((lon, lat)) = page
                        .entities
                        .iter()
                        .find(|e| Some(&e.id) == sel.as_ref())
                        .and_then(|e| e.sites().next())
                    {
                        h.pan_to(lon, lat);
                    }
                }
            });
            if let Some(el) = node.get_untracked() {
                let _ = el.set_attribute("data-markers", &page.entities.len().to_string());
            }
            sel
        });
    }
}
