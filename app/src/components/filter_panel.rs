use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use super::delegation::closest_attr;
use super::keep_focus::KeepFocus;
use crate::i18n::{self, city_name};
use crate::markup::{facet_groups, FacetGroup, FacetItem};
use crate::model::params::PLAN_SOURCE;
use crate::model::{chain, sector_info, wire_name, Sector, ALL_KINDS, ALL_TIERS, CHAINS, CITIES};
use crate::model::{Lang, Query};
use crate::model::{Panel, ViewState};
use crate::state::{use_atlas_data, use_view_state, Fold};
use crate::tr;

/// Wide enough for the filters to be open on first load (`style/main.css` agrees).
const OPEN_FROM: &str = "(min-width: 1024px)";

fn toggle<T: Ord + Clone>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

fn item(key: String, label: String, count: usize, checked: bool) -> FacetItem {
    FacetItem {
        key,
        label,
        count,
        checked,
        color: None,
        children: Vec::new(),
    }
}

/// A sector's sub-industries, shown once the sector or one of them is chosen.
fn chain_items(
    sector: Sector,
    query: &Query,
    counts: &BTreeMap<String, usize>,
    lang: Lang,
) -> Vec<FacetItem> {
    let chains = CHAINS.iter().filter(|c| c.sector == sector);
    let shown =
        query.sectors.contains(&sector) || chains.clone().any(|c| query.chains.contains(c.id));
    if !shown {
        return Vec::new();
    }
    chains
        .map(|c| {
            let count = counts.get(c.id).copied().unwrap_or(0);
            let label = lang.pick(c.name_zh, c.name_en).0.to_string();
            item(c.id.into(), label, count, query.chains.contains(c.id))
        })
        .collect()
}

/// The documents the entities cite, once the atlas holds entities of more than the plan
/// (curated ones from a city plan, the next five-year plan), or one is chosen.
fn source_items(query: &Query, counts: &BTreeMap<String, usize>, lang: Lang) -> Vec<FacetItem> {
    if counts.len() < 2 && query.sources.is_empty() {
        return Vec::new();
    }
    counts
        .iter()
        .map(|(key, n)| {
            let label = match key.as_str() {
                PLAN_SOURCE => tr!(lang, source_plan).to_owned(),
                title => title.to_owned(),
            };
            item(key.clone(), label, *n, query.sources.contains(key))
        })
        .collect()
}

/// Sector (with sub-industry), tier, kind and city checkboxes (and the cited documents), each with the count it would give with the other
/// filters applied; collapsible (collapsed by default on small screens via CSS).
#[component]
pub fn FilterPanel() -> impl IntoView {
    let view = use_view_state();
    let search = use_atlas_data().search;
    let sectors = use_atlas_data().sectors;
    let lang = move || view.state.with(|s| s.lang);
    // `panel=filters` opens them; another panel (the sector overview) folds them on its
    // way in; else they are open on wide screens and folded on small ones.
    let forced = move || {
        view.state.with(|s| match s.panel {
            Panel::Filters => Some(true),
            Panel::Sectors => Some(false),
            Panel::List => None,
        })
    };
    let fold = Fold::new(OPEN_FROM);
    // One listener for every checkbox (they are markup): the fieldset names the facet,
    // the checkbox's value the key.
    let on_change = move |ev: leptos::ev::Event| {
        let input = event_target::<leptos::web_sys::HtmlInputElement>(&ev);
        let Some(facet) = closest_attr(&input, "[data-facet]", "data-facet") else {
            return;
        };
        let key = input.value();
        view.update(false, |v| {
            let q = &mut v.query;
            match facet.as_str() {
                "sector" => Sector::ALL
                    .into_iter()
                    .find(|s| wire_name(s) == key)
                    .map(|s| toggle(&mut q.sectors, s)),
                "tier" => ALL_TIERS
                    .into_iter()
                    .find(|t| wire_name(t) == key)
                    .map(|t| toggle(&mut q.tiers, t)),
                "kind" => ALL_KINDS
                    .into_iter()
                    .find(|k| wire_name(k) == key)
                    .map(|k| toggle(&mut q.kinds, k)),
                "city" => CITIES
                    .contains(&key.as_str())
                    .then(|| toggle(&mut q.cities, key.clone())),
                "chain" => chain(&key).map(|c| toggle(&mut q.chains, c.id.to_owned())),
                // Never an empty title: `source=` alone is refused.
                "source" => (!key.is_empty()).then(|| toggle(&mut q.sources, key.clone())),
                _ => None,
            };
        });
    };
    // New counts rewrite the checkboxes: keep the keyboard on the one it toggled.
    let focus = KeepFocus::new(".filters", "id");
    let clear = move |_| view.update(false, ViewState::clear_filters);
    let toggle_open = move |_| {
        let open = fold.toggle(forced());
        view.update(true, |v| {
            v.panel = match (open, v.panel) {
                (true, _) => Panel::Filters,
                (false, Panel::Filters) => Panel::List,
                (false, other) => other,
            }
        });
    };
    let groups = move || {
        Suspend::new(async move {
            let page = search.await.ok()?;
            let colors = sectors.await.unwrap_or_default();
            let state = view.state.get_untracked();
            let lang = state.lang;
            let color = |s: &Sector| sector_info(&colors, *s).map(|c| c.color.clone());
            let f = &page.facets;
            let sector_items = Sector::ALL
                .iter()
                .map(|s| FacetItem {
                    color: color(s),
                    children: chain_items(*s, &state.query, &f.chains, lang),
                    ..item(
                        wire_name(s),
                        i18n::sector(lang, *s).into(),
                        f.sectors.get(s).copied().unwrap_or(0),
                        state.query.sectors.contains(s),
                    )
                })
                .collect();
            let tier_items = ALL_TIERS
                .iter()
                .map(|x| {
                    let count = f.tiers.get(x).copied().unwrap_or(0);
                    item(
                        wire_name(x),
                        i18n::tier(lang, *x).into(),
                        count,
                        state.query.tiers.contains(x),
                    )
                })
                .collect();
            let kind_items = ALL_KINDS
                .iter()
                .map(|x| {
                    let count = f.kinds.get(x).copied().unwrap_or(0);
                    item(
                        wire_name(x),
                        i18n::kind(lang, *x).into(),
                        count,
                        state.query.kinds.contains(x),
                    )
                })
                .collect();
            let city_items = CITIES
                .iter()
                .map(|c| {
                    let count = f.cities.get(*c).copied().unwrap_or(0);
                    item(
                        c.to_string(),
                        city_name(lang, c),
                        count,
                        state.query.cities.contains(*c),
                    )
                })
                .collect();
            let source_items = source_items(&state.query, &f.sources, lang);
            let groups: Vec<_> = [
                (tr!(lang, sector), "sector", sector_items),
                (tr!(lang, tier), "tier", tier_items),
                (tr!(lang, kind), "kind", kind_items),
                (tr!(lang, city), "city", city_items),
                (tr!(lang, source_filter), "source", source_items),
            ]
            .into_iter()
            .filter(|(_, _, items)| !items.is_empty())
            .map(|(title, facet, items)| FacetGroup {
                title,
                facet,
                items,
                child_facet: "chain",
            })
            .collect();
            Some(view! {
                <div
                    class="facet-groups"
                    on:change=on_change
                    on:focusin=move |ev| focus.on_focus(ev)
                    on:focusout=move |ev| focus.on_blur(ev)
                    inner_html=facet_groups(&groups)
                ></div>
            })
        })
    };
    view! {
        <section class="filters" data-fold=move || fold.attr(forced()) aria-labelledby="filters-toggle">
            <h2 class="fold-head">
                <button type="button" id="filters-toggle" class="fold-toggle" aria-controls="filters-body"
                    aria-expanded=move || fold.expanded(forced()).to_string() on:click=toggle_open>
                    {move || tr!(lang(), filters)}
                </button>
            </h2>
            <div id="filters-body" class="fold-body">
                <Transition fallback=move || view! { <p class="loading">{tr!(lang(), loading)}</p> }>{groups}</Transition>
                <button type="button" class="clear-filters" on:click=clear>{move || tr!(lang(), clear_all)}</button>
            </div>
        </section>
    }
}
