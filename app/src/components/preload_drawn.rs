//! Loading, before hydration, the chunks of the lazy views (`lazy_view`) on this page.
/// Loads the chunks of the lazy views the server drew for this page's URL. Run before
/// hydration: hydration takes over server-drawn HTML at once, so a view whose code is
/// still loading would find HTML it cannot account for. Each condition is the one its
/// component opens on.
pub async fn preload_drawn() {
    use crate::model::params::{query_pairs, PLAN_PATH};
    use crate::model::{Panel, ViewState};

    let (path, query) = crate::state::page_url();
    if path == PLAN_PATH {
        return super::plan_page::preload().await;
    }
    let view = ViewState::from_pairs(&query_pairs(&query));
    if view.read.is_some() {
        super::plan_reader::preload().await;
    }
    if view.panel == Panel::Sectors {
        super::sector_overview::preload().await;
    }
    if view.profile.is_some() {
        super::city_profile::preload().await;
    }
}
