use leptos::prelude::*;

use super::{
    city_profile::CityProfilePanel, detail_panel::DetailPanel, filter_panel::FilterPanel,
    lang_toggle::LangToggle, plan_reader::PlanReader, print_sheet::PrintSheet,
    profile_nav::ProfileNav, result_list::ResultList, search_box::SearchBox,
    sector_overview::SectorOverview,
};
use crate::map::{map_preview::MapPreview, map_view::MapView};
use crate::state::{provide_atlas_data, use_view_state};
use crate::tr;

/// The map page: sidebar (search, filters, list), the map, and the detail panel.
#[component]
pub fn AtlasPage() -> impl IntoView {
    let view = use_view_state();
    provide_atlas_data();
    let lang = move || view.state.with(|s| s.lang);
    let error = move || view.state.with(|s| s.error.clone());
    view! {
        <div class="atlas" lang=move || tr!(lang(), html_lang)>
            <MapPreview />
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
                <PlanReader />
            </section>
            <DetailPanel />
        </div>
    }
}
