use std::collections::BTreeSet;

use leptos::prelude::*;

use super::atlas_page::SectorsResource;
use super::sector_overview::{growth_text, sector_label, target_text};
use crate::api::get_city_profile;
use crate::i18n::city_name;
use crate::model::{sector_info, slug};
use crate::state::{use_view_state, Panel};

/// What the catalogue holds for the city named by `profile=`: counts by field (with the
/// field's colour and 2025 target), kind and tier, and a way to show those entities on the map.
#[component]
pub fn CityProfilePanel() -> impl IntoView {
    let view = use_view_state();
    let sectors = expect_context::<SectorsResource>();
    // A memo, so filter changes do not rebuild the panel or refetch the profile.
    let city = Memo::new(move |_| view.state.with(|s| s.profile.clone()));
    let strings = move || view.state.with(|s| s.lang).strings();
    let body = move |name: String| {
        let profile = Resource::new(move || name.clone(), get_city_profile);
        let content = move || {
            Suspend::new(async move {
                let lang = view.state.with_untracked(|s| s.lang);
                let t = lang.strings();
                let infos = sectors.await.unwrap_or_default();
                let p = match profile.await {
                    Ok(p) => p,
                    Err(e) => {
                        return view! { <p class="list-error" role="alert">{e.to_string()}</p> }
                            .into_any()
                    }
                };
                let by_sector = p
                    .by_sector
                    .iter()
                    .filter(|(_, n)| **n > 0)
                    .map(|(s, n)| {
                        let info = sector_info(&infos, *s);
                        let color = info.map(|i| format!("background-color:{}", i.color));
                        let label = info
                            .map(|i| sector_label(i, lang))
                            .unwrap_or_else(|| t.sector(*s).into());
                        let target = info.map(|i| format!("{} · {}", target_text(i, t), growth_text(i, t)));
                        view! {
                            <tr data-sector=slug(s)>
                                <th scope="row"><span class="swatch" aria-hidden="true" style=color></span>{label}</th>
                                <td class="num">{*n}</td>
                                <td class="target">{target}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let tally = |items: Vec<(String, usize)>| {
                    items
                        .into_iter()
                        .filter(|(_, n)| *n > 0)
                        .map(|(label, n)| view! { <li><span>{label}</span> <span class="num">{n}</span></li> })
                        .collect_view()
                };
                let kinds = tally(
                    p.by_kind
                        .iter()
                        .map(|(k, n)| (t.kind(*k).to_string(), *n))
                        .collect(),
                );
                let tiers = tally(
                    p.by_tier
                        .iter()
                        .map(|(k, n)| (t.tier(*k).to_string(), *n))
                        .collect(),
                );
                let city = p.city.clone();
                let show = move |_| {
                    let city = city.clone();
                    view.update(false, move |v| {
                        v.query.cities = BTreeSet::from([city]);
                        v.profile = None;
                        v.selected = None;
                        v.panel = Panel::List;
                    })
                };
                view! {
                    <p class="profile-total" data-total=p.total>{t.total} ": " {p.total}</p>
                    <table class="profile-sectors">
                        <thead><tr>
                            <th scope="col">{t.sector}</th>
                            <th scope="col">{t.count}</th>
                            <th scope="col">{t.target_2025}</th>
                        </tr></thead>
                        <tbody>{by_sector}</tbody>
                    </table>
                    <h3>{t.kind}</h3>
                    <ul class="profile-tally">{kinds}</ul>
                    <h3>{t.tier}</h3>
                    <ul class="profile-tally">{tiers}</ul>
                    <button type="button" class="link show-on-map" on:click=show>{t.show_on_map}</button>
                }
                .into_any()
            })
        };
        view! {
            <Transition fallback=move || view! { <p class="loading">{strings().loading}</p> }>{content}</Transition>
        }
    };
    let close = move |_| view.update(false, |v| v.profile = None);
    move || {
        city.get().map(|name| {
            let key = name.clone();
            let title = move || view.state.with(|s| city_name(s.lang, &name));
            view! {
                <section class="city-profile" aria-label=move || strings().city_profile>
                    <div class="profile-head">
                        <h2 class="profile-title">{title}</h2>
                        <button type="button" class="link" on:click=close>{move || strings().close}</button>
                    </div>
                    {body(key)}
                </section>
            }
        })
    }
}
