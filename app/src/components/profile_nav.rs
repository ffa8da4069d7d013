use leptos::prelude::*;

use crate::i18n::city_name;
use crate::model::Panel;
use crate::model::{CITIES, PLAN_CONTENTS};
use crate::state::use_view_state;
use crate::tr;

/// The row under the search box that opens the sector overview, the plan reader and the
/// city profiles.
#[component]
pub fn ProfileNav() -> impl IntoView {
    let view = use_view_state();
    let lang = move || view.state.with(|s| s.lang);
    let open = move || view.state.with(|s| s.panel == Panel::Sectors);
    let toggle = move |_| {
        view.update(false, |v| {
            v.panel = if v.panel == Panel::Sectors {
                Panel::List
            } else {
                Panel::Sectors
            }
        })
    };
    let reading = move || view.state.with(|s| s.read.is_some());
    let toggle_plan = move |_| {
        view.update(false, |v| {
            v.read = match v.read {
                Some(_) => None,
                None => Some(PLAN_CONTENTS.into()),
            }
        })
    };
    let current = move || view.state.with(|s| s.profile.clone().unwrap_or_default());
    let choose = move |ev| {
        let city: String = event_target_value(&ev);
        view.update(false, |v| v.profile = (!city.is_empty()).then_some(city));
    };
    let options = move || {
        let lang = view.state.with(|s| s.lang);
        CITIES
            .iter()
            .map(|c| view! { <option value=*c>{city_name(lang, c)}</option> })
            .collect_view()
    };
    view! {
        <nav class="profile-nav" aria-label=move || tr!(lang(), sector_overview)>
            <button type="button" class="link sectors-toggle" aria-controls="sector-overview"
                aria-expanded=move || open().to_string() on:click=toggle>
                {move || tr!(lang(), sector_overview)}
            </button>
            <button type="button" class="link plan-toggle" aria-expanded=move || reading().to_string() on:click=toggle_plan>
                {move || tr!(lang(), plan.open)}
            </button>
            <label class="visually-hidden" for="profile-city">{move || tr!(lang(), city_profile)}</label>
            <select id="profile-city" class="profile-city" prop:value=current on:change=choose>
                <option value="">{move || tr!(lang(), choose_city)}</option>
                {options}
            </select>
        </nav>
    }
}
