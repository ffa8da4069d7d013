//! Who is looking at the page: the server's [`StaffView`] of the session, read in the
//! browser from the `<meta>` tag the server wrote (so both render the same header).
use leptos::prelude::*;

use crate::model::StaffView;

/// The `content` of the page's `<meta name=…>`, if set.
#[cfg(feature = "hydrate")]
pub fn meta(name: &str) -> Option<String> {
    let el = document()
        .query_selector(&format!("meta[name='{name}']"))
        .ok()??;
    el.get_attribute("content").filter(|c| !c.is_empty())
}

/// Provides the [`StaffView`]: on the server the one the request carries, in the browser
/// the one its page says (anonymous visitors: the default, no staff links).
pub fn provide_staff_view() {
    #[cfg(feature = "hydrate")]
    let staff = StaffView::from_meta(&meta("atlas-staff").unwrap_or_default());
    #[cfg(not(feature = "hydrate"))]
    let staff = use_context::<StaffView>().unwrap_or_default();
    provide_context(staff);
}
