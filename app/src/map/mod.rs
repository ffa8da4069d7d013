//! The map: a Leptos component around Leaflet. Leaflet code runs only in the browser.
#[cfg(feature = "hydrate")]
mod basemap_layer;
#[cfg(feature = "hydrate")]
mod cluster_layer;
#[cfg(feature = "hydrate")]
mod fetch;
#[cfg(feature = "hydrate")]
mod leaflet;
#[cfg(feature = "hydrate")]
mod leaflet_map;
mod legend;
pub mod map_preview;
pub mod map_view;
#[cfg(feature = "hydrate")]
mod marker_parts;
#[cfg(feature = "hydrate")]
mod markers_layer;
