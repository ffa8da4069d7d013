use leptos::prelude::*;

use super::{
    city_profile::CityProfilePanel, detail_panel::DetailPanel, filter_panel::FilterPanel,
    lang_toggle::LangToggle, print_sheet::PrintSheet, profile_nav::ProfileNav,
    result_list::ResultList, search_box::SearchBox, sector_overview::SectorOverview,
};
use crate::api::{get_detail, get_sectors, search_entities, EntityDetail, SearchPage};
use crate::map::map_view::MapView;
use crate::model::SectorInfo;
use crate::state::{provide_view_bbox, use_view_state};
use crate::tr;

/// The search result for the URL's filters and the map's view, shared by the list, the
/// filters and the map.
pub type SearchResource = Resource<Result<SearchPage, ServerFnError>>;
/// The selected entity, for the detail panel and the map (which flies to it).
pub type DetailResource = Resource<Result<Option<EntityDetail>, ServerFnError>>;
/// The fields' names and colours, loaded once.
pub type SectorsResource = Resource<Result<Vec<SectorInfo>, ServerFnError>>;

/// Loads what the map, legend, list and detail read, for the URL, and provides it.
pub fn provide_atlas_data() {
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
    provide_context(search);
    provide_context(sectors);
    provide_context(detail);
}

/// The map page: sidebar (search, filters, list), the map, and the detail panel.
#[component]
pub fn AtlasPage() -> impl IntoView {
    let view = use_view_state();
    provide_atlas_data();
    let lang = move || view.state.with(|s| s.lang);
    let error = move || view.state.with(|s| s.error.clone());
    view! {
        <div class="atlas" lang=move || tr!(lang(), html_lang)>
            <PrintSheet />
            <aside class="sidebar" aria-label=move || tr!(lang(), filters)>
                <div class="sidebar-top">
                    <SearchBox />
                    <LangToggle />
                </div>
                <ProfileNav />
                <SectorOverview />
                <CityProfilePanel />
                {move || error().map(|e| view! { <p class="url-error" role="alert">{e.to_string()}</p> })}
                <FilterPanel />
                <ResultList />
            </aside>
            <section class="map-area">
                <MapView />
            </section>
            <DetailPanel />
        </div>
    }
}
