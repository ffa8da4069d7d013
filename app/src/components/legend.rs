use std::collections::BTreeMap;

use leptos::prelude::*;

use super::atlas_page::{SearchResource, SectorsResource};
use crate::i18n;
use crate::model::{sector_info, slug, tier_radius, Kind, Sector, Tier, ALL_TIERS};
use crate::state::use_view_state;
use crate::tr;

/// What the map shows right now: one swatch per sector colour drawn (a marker takes its
/// entity's first sector), the tier sizes and the kind badges present, each with its count.
#[component]
pub fn Legend() -> impl IntoView {
    let view = use_view_state();
    let search = expect_context::<SearchResource>();
    let sectors = expect_context::<SectorsResource>();
    let body = move || {
        Suspend::new(async move {
            let page = search.await.ok()?;
            let colors = sectors.await.unwrap_or_default();
            let lang = view.state.with_untracked(|s| s.lang);
            let mut by_sector: BTreeMap<Sector, usize> = BTreeMap::new();
            let mut by_tier: BTreeMap<Tier, usize> = BTreeMap::new();
            let mut by_kind: BTreeMap<Kind, usize> = BTreeMap::new();
            for e in &page.entities {
                *by_kind.entry(e.props.kind).or_default() += 1;
                if let Some(s) = e.props.sectors.first() {
                    *by_sector.entry(*s).or_default() += 1;
                }
                *by_tier.entry(e.props.tier).or_default() += 1;
            }
            let swatches = by_sector.into_iter().map(|(s, n)| {
                let color = sector_info(&colors, s)
                    .map(|c| c.color.clone())
                    .unwrap_or_default();
                view! {
                    <li class="legend-sector" data-sector=slug(&s)>
                        <span class="swatch" style=format!("background:{color}")></span>
                        {i18n::sector(lang, s)} <span class="legend-count">{n}</span>
                    </li>
                }
            });
            let tiers = ALL_TIERS.into_iter().filter_map(|tier| by_tier.get(&tier).map(|n| (tier, *n))).map(|(tier, n)| {
                let r = tier_radius(tier);
                let stroke = if tier == Tier::National { "#222" } else { "#999" };
                view! {
                    <li class="legend-tier">
                        <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
                            <circle cx="11" cy="11" r=r fill="#ddd" stroke=stroke stroke-width="2" />
                        </svg>
                        {i18n::tier(lang, tier)} <span class="legend-count">{n}</span>
                    </li>
                }
            });
            let kinds = by_kind.into_iter().map(|(k, n)| {
                view! {
                    <li class="legend-kind" data-kind=slug(&k)>
                        <span class="kind-badge" aria-hidden="true">{i18n::kind_badge(lang, k)}</span>
                        {i18n::kind(lang, k)} <span class="legend-count">{n}</span>
                    </li>
                }
            });
            Some(view! {
                <ul class="legend-sectors">{swatches.collect_view()}</ul>
                <ul class="legend-tiers">{tiers.collect_view()}</ul>
                <ul class="legend-kinds">{kinds.collect_view()}</ul>
            })
        })
    };
    view! {
        <details class="legend" open>
            <summary>{move || tr!(view.state.with(|s| s.lang), legend)}</summary>
            <Transition fallback=|| ()>{body}</Transition>
        </details>
    }
}
