use leptos::html::Div;
use leptos::prelude::*;

/// The main map area. Leaflet is created in the browser once the element exists and
/// removed when the component goes away.
#[component]
pub fn MapView() -> impl IntoView {
    let node = NodeRef::<Div>::new();
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            let handle = send_wrapper::SendWrapper::new(super::leaflet_map::mount(&el));
            on_cleanup(move || drop(handle));
        }
    });
    view! {
        <div
            class="map"
            id="map"
            node_ref=node
            role="region"
            aria-label="福建省地图 · Map of Fujian"
        ></div>
    }
}
