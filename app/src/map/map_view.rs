use leptos::html::Div;
use leptos::prelude::*;

use super::legend::Legend;
use crate::model::SEA_COLOR;
use crate::tr;

/// The map area. Leaflet is created in the browser once the element exists, redrawn from
/// the shared search result, and removed when the component goes away. `embedded` maps
/// follow the URL's embed options and open the full map when a marker is clicked.
#[component]
pub fn MapView(#[prop(optional)] embedded: bool) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let view = crate::state::use_view_state();
    let legend = !embedded || view.state.with_untracked(|s| s.embed.legend);
    #[cfg(feature = "hydrate")]
    browser::attach(node, embedded);
    view! {
        <div class="map" id="map" node_ref=node role="region" style=format!("background:{SEA_COLOR}")
            aria-label=move || tr!(view.state.with(|s| s.lang), map_label)></div>
        {legend.then(|| view! { <Legend /> })}
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::html::Div;
    use leptos::prelude::*;

    use crate::map::cluster_layer::{clusters_url, fetch_clusters};
    use crate::map::leaflet_map::{mount, MapHandle};
    use crate::model::{
        ClustersAnswer, EmbedOptions, Entity, Lang, LegendRows, SectorInfo, CLUSTER_BELOW_ZOOM,
    };
    use crate::state::{use_atlas_data, use_view_state};

    pub fn attach(node: NodeRef<Div>, embedded: bool) {
        let view = use_view_state();
        let data = use_atlas_data();
        let (search, sectors, detail) = (data.search, data.sectors, data.detail);
        let handle = StoredValue::new_local(None::<MapHandle>);
        let ready = RwSignal::new(false);
        Effect::new(move |_| {
            let Some(el) = node.get() else { return };
            let (initial, look) = view.state.with_untracked(|s| {
                let look = if embedded {
                    s.embed.clone()
                } else {
                    EmbedOptions::default()
                };
                (s.viewport, look)
            });
            let on_select = move |id: String| {
                if embedded {
                    let href = view.state.with_untracked(|s| {
                        let mut full = s.clone();
                        full.selected = Some(id);
                        full.href()
                    });
                    // The host page stays; the full map opens beside it.
                    if let Some(w) = web_sys::window() {
                        let _ = w.open_with_url_and_target(&href, "_blank");
                    }
                } else {
                    view.update(false, |s| s.selected = Some(id));
                }
            };
            let on_hover = move |id| view.hovered.set(id);
            let on_move = move |v| view.update(true, |s| s.viewport = Some(v));
            let on_city = move |city| {
                if !embedded {
                    view.update(false, |s| s.profile = Some(city));
                }
            };
            handle.set_value(Some(mount(
                &el, initial, &look, on_select, on_hover, on_move, on_city,
            )));
            ready.set(true);
            on_cleanup(move || handle.set_value(None));
        });
        let lang = Memo::new(move |_| view.state.with(|s| s.lang));
        Effect::new(move |_| {
            let lang = lang.get();
            if ready.get() {
                handle.with_value(|h| {
                    if let Some(h) = h {
                        h.set_lang(lang);
                    }
                });
            }
        });
        // Hover (list row or marker) restyles markers in place: no redraw under the pointer.
        Effect::new(move |_| {
            let id = view.hovered.get();
            if ready.get() {
                handle.with_value(|h| {
                    if let Some(h) = h {
                        h.markers.highlight(id.as_deref());
                    }
                });
            }
        });
        let selected = Memo::new(move |_| view.state.with(|s| s.selected.clone()));
        // A newly selected entity (list, search, related link) is flown to once its detail
        // arrives, wherever it is: the search holds only what is in view. Not on page load,
        // where the URL's viewport is the view to reproduce.
        let flown = StoredValue::new(selected.get_untracked());
        Effect::new(move |_| {
            let Some(sel) = selected.get() else {
                flown.set_value(None);
                return;
            };
            let Some(Ok(Some(d))) = detail.get() else {
                return;
            };
            if d.entity.id != sel || flown.with_value(|f| f.as_ref() == Some(&sel)) || !ready.get()
            {
                return;
            }
            flown.set_value(Some(sel));
            let sites: Vec<(f64, f64)> = d.entity.sites().collect();
            let Some(el) = node.get_untracked() else {
                return;
            };
            handle.with_value(|h| {
                if let Some(h) = h {
                    h.show_sites(&sites, &el);
                }
            });
        });
        let viewport = Memo::new(move |_| view.state.with(|s| s.viewport));
        let clustered =
            Memo::new(move |_| viewport.get().is_none_or(|v| v.zoom < CLUSTER_BELOW_ZOOM));
        // Only the newest clusters request may draw (moves can overtake each other).
        let generation = StoredValue::new(0u64);
        // Not tracking the viewport: a move changes the view's bbox, hence the search, whose
        // answer re-runs this (tracking both fetched the clusters twice per move).
        Effect::new(move |_| {
            let sel = selected.get();
            let clustered = clustered.get();
            if !ready.get() {
                return;
            }
            let (Some(Ok(page)), colors) = (search.get(), sectors.get()) else {
                return;
            };
            let colors = colors.and_then(Result::ok).unwrap_or_default();
            let lang = lang.get();
            if let Some(el) = node.get_untracked() {
                let _ = el.set_attribute("data-markers", &page.entities.len().to_string());
            }
            if !clustered {
                handle.with_value(|h| {
                    if let Some(h) = h {
                        h.clusters.clear();
                        let mut drawn = LegendRows::default();
                        h.markers
                            .draw(&page.entities, &colors, sel.as_deref(), lang, &mut drawn);
                        data.drawn.set(drawn);
                    }
                });
                return;
            }
            let ticket = generation.get_value() + 1;
            generation.set_value(ticket);
            let chosen = sel.clone();
            // The search brings the first view's clusters: drawn at once if the map's grid
            // zoom is theirs, else asked for the map's exact bounds.
            let map_zoom = handle.with_value(|h| h.as_ref().map(|h| h.map.get_zoom().floor()));
            if let Some(cells) = page
                .clusters
                .as_ref()
                .filter(|c| Some(f64::from(c.zoom)) == map_zoom)
            {
                let drawn = draw_clusters(
                    handle,
                    cells,
                    &page.entities,
                    (&colors, lang),
                    chosen.as_deref(),
                );
                data.drawn.set(drawn);
                return;
            }
            let filters = view.state.with_untracked(|s| s.filter_query());
            let Some(url) =
                handle.with_value(|h| h.as_ref().map(|h| clusters_url(&h.map, &filters)))
            else {
                return;
            };
            leptos::task::spawn_local(async move {
                let Ok(cells) = fetch_clusters(&url).await else {
                    return;
                };
                if generation.get_value() == ticket {
                    let drawn = draw_clusters(
                        handle,
                        &cells,
                        &page.entities,
                        (&colors, lang),
                        chosen.as_deref(),
                    );
                    data.drawn.set(drawn);
                }
            });
        });
    }

    /// Donuts for the cells of several sites, markers for the entities of single-site cells
    /// (and the selected one); what was drawn, for the legend.
    fn draw_clusters(
        handle: StoredValue<Option<MapHandle>, LocalStorage>,
        cells: &ClustersAnswer,
        entities: &[Entity],
        (colors, lang): (&[SectorInfo], Lang),
        chosen: Option<&str>,
    ) -> LegendRows {
        let mut drawn = LegendRows::default();
        handle.with_value(|h| {
            let Some(h) = h else { return };
            let singles = h.clusters.show(cells, colors, lang, &mut drawn);
            let shown: Vec<Entity> = entities
                .iter()
                .filter(|e| singles.contains(&e.id) || Some(e.id.as_str()) == chosen)
                .cloned()
                .collect();
            h.markers.draw(&shown, colors, chosen, lang, &mut drawn);
        });
        drawn
    }
}
