use leptos::prelude::*;

use super::{
    city_profile::CityProfilePanel, detail_panel::DetailPanel, filter_panel::FilterPanel,
    lang_toggle::LangToggle, print_sheet::PrintSheet, profile_nav::ProfileNav,
    result_list::ResultList, search_box::SearchBox, sector_overview::SectorOverview,
};
use crate::api::{get_sectors, search_entities, SearchPage};
use crate::map::map_view::MapView;
use crate::model::SectorInfo;
use crate::state::use_view_state;

/// The search result for the URL's filters, shared by the list, the filters and the map.
pub type SearchResource = Resource<Result<SearchPage, ServerFnError>>;
/// The fields' names and colours, loaded once.
pub type SectorsResource = Resource<Result<Vec<SectorInfo>, ServerFnError>>;

/// Loads what the map, legend and list read, for the URL's filters, and provides it.
pub fn provide_atlas_data() {
    let view = use_view_state();
    let search: SearchResource = Resource::new(
        move || view.state.with(|s| s.filter_query()),
        search_entities,
    );
    let sectors: SectorsResource = Resource::new(|| (), |_| get_sectors());
    provide_context(search);
    provide_context(sectors);
}

/// The map page: sidebar (search, filters, list), the map, and the detail panel.
#[component]
pub fn AtlasPage() -> impl IntoView {
    let view = use_view_state();
    provide_atlas_data();
    let strings = move || view.state.with(|s| s.lang).strings();
    let error = move || view.state.with(|s| s.error.clone());
    view! {
        <div class="atlas" lang=move || strings().html_lang>
            <PrintSheet />
            <aside class="sidebar" aria-label=move || strings().filters>
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
