//! What a map page loads for its URL, shared by every part of it: the search result for
//! the filters and the map's view, the fields' colours, the selected entity, and what the
//! map drew (for the legend).
use leptos::prelude::*;

use super::{provide_view_bbox, use_view_state, ViewBbox};
use crate::api::{get_detail, get_sectors, search_entities, EntityDetail, SearchPage};
use crate::model::{LegendRows, SectorInfo};

/// The search result for the URL's filters and the map's view (list, filters, map).
pub type SearchResource = Resource<Result<SearchPage, ServerFnError>>;
/// The selected entity, for the detail panel and the map (which flies to it).
pub type DetailResource = Resource<Result<Option<EntityDetail>, ServerFnError>>;
/// The fields' names and colours, loaded once.
pub type SectorsResource = Resource<Result<Vec<SectorInfo>, ServerFnError>>;

#[derive(Clone, Copy)]
pub struct AtlasData {
    pub search: SearchResource,
    pub sectors: SectorsResource,
    pub detail: DetailResource,
    /// The map's view as a bounding box (what the search asks for).
    pub bbox: ViewBbox,
    /// What the map drew last; empty until it has drawn (and on the server).
    pub drawn: RwSignal<LegendRows>,
}

/// Creates the page's data for the URL and provides it; call once per page.
pub fn provide_atlas_data() -> AtlasData {
    let view = use_view_state();
    let bbox = provide_view_bbox();
    let search: SearchResource = Resource::new(
        move || view.state.with(|s| s.search_query(bbox.get())),
        search_entities,
    );
    let sectors: SectorsResource = Resource::new(|| (), |_| get_sectors());
    let detail: DetailResource = Resource::new(
        move || view.state.with(|s| s.selected.clone()),
        |id| async move {
            match id {
                Some(id) => get_detail(id).await,
                None => Ok(None),
            }
        },
    );
    let data = AtlasData {
        search,
        sectors,
        detail,
        bbox,
        drawn: RwSignal::new(LegendRows::default()),
    };
    provide_context(data);
    data
}

/// The page's data (provided by [`provide_atlas_data`]).
pub fn use_atlas_data() -> AtlasData {
    expect_context::<AtlasData>()
}
