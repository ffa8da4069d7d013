use std::collections::BTreeSet;

use leptos::prelude::*;

use super::lazy_view::lazy_view;
use crate::api::get_city_profile;
use crate::i18n::city_name;
use crate::markup::profile_body;
use crate::model::Panel;
use crate::state::use_atlas_data;
use crate::state::use_view_state;
use crate::tr;

/// What the catalogue holds for the city named by `profile=`: counts by field (with the
/// field's colour and 2025 target), kind and tier, and a way to show those entities on the map.
#[component]
pub fn CityProfilePanel() -> impl IntoView {
    let view = use_view_state();
    // A memo, so filter changes do not rebuild the panel or refetch the profile.
    let city = Memo::new(move |_| view.state.with(|s| s.profile.clone()));
    move || {
        city.get()
            .map(|name| lazy_view(Box::pin(profile_panel(name))))
    }
}

/// Its own wasm chunk: the first page rarely opens a profile.
#[lazy]
fn profile_panel(name: String) -> AnyView {
    view! { <ProfilePanel name /> }.into_any()
}

#[component]
fn ProfilePanel(name: String) -> impl IntoView {
    let view = use_view_state();
    let sectors = use_atlas_data().sectors;
    let lang = move || view.state.with(|s| s.lang);
    let body = move |name: String| {
        let profile = Resource::new(move || name.clone(), get_city_profile);
        let content = move || {
            Suspend::new(async move {
                let lang = view.state.with_untracked(|s| s.lang);
                let infos = sectors.await.unwrap_or_default();
                let p = match profile.await {
                    Ok(p) => p,
                    Err(e) => {
                        return view! { <p class="list-error" role="alert">{e.to_string()}</p> }
                            .into_any()
                    }
                };
                let city = p.city.clone();
                let show = move |ev: leptos::ev::MouseEvent| {
                    let target = event_target::<leptos::web_sys::Element>(&ev);
                    if target
                        .closest("[data-action=show-on-map]")
                        .ok()
                        .flatten()
                        .is_none()
                    {
                        return;
                    }
                    let city = city.clone();
                    view.update(false, move |v| {
                        v.query.cities = BTreeSet::from([city]);
                        v.profile = None;
                        v.selected = None;
                        v.panel = Panel::List;
                    })
                };
                view! { <div on:click=show inner_html=profile_body(&p, &infos, lang)></div> }
                    .into_any()
            })
        };
        view! {
            <Transition fallback=move || view! { <p class="loading">{tr!(lang(), loading)}</p> }>{content}</Transition>
        }
    };
    let close = move |_| view.update(false, |v| v.profile = None);
    let key = name.clone();
    let title = move || view.state.with(|s| city_name(s.lang, &name));
    view! {
        <section class="city-profile" aria-label=move || tr!(lang(), city_profile)>
            <div class="profile-head">
                <h2 class="profile-title">{title}</h2>
                <button type="button" class="link" on:click=close>{move || tr!(lang(), close)}</button>
            </div>
            {body(key)}
        </section>
    }
}

/// Loads this view's chunk (see `preload_drawn`).
#[cfg(feature = "hydrate")]
pub(crate) async fn preload() {
    __preload_profile_panel().await
}
