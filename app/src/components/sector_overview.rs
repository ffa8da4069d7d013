use std::collections::BTreeSet;

use leptos::prelude::*;

use super::atlas_page::SectorsResource;
use crate::api::get_indicators;
use crate::i18n::{Lang, Strings};
use crate::model::{slug, Indicator, IndicatorValue, Sector, SectorInfo};
use crate::state::{use_view_state, Panel};

/// Numbers as the plan writes them: `3500`, not `3500.0`.
pub fn fmt_num(v: f64) -> String {
    format!("{v}")
}

/// "3500 亿元", or the plan's silence said out loud rather than a blank cell.
pub fn target_text(info: &SectorInfo, t: &Strings) -> String {
    info.target_2025_value_added_yi
        .map(|v| format!("{} {}", fmt_num(v), t.yi_yuan))
        .unwrap_or_else(|| t.not_stated.to_string())
}

pub fn growth_text(info: &SectorInfo, t: &Strings) -> String {
    info.target_growth_pct
        .map(|v| format!("{}%", fmt_num(v)))
        .unwrap_or_else(|| t.not_stated.to_string())
}

pub fn sector_label(info: &SectorInfo, lang: Lang) -> String {
    match lang {
        Lang::Zh => info.name_zh.clone(),
        Lang::En => info.name_en.clone(),
    }
}

fn value_text(v: &IndicatorValue) -> String {
    match v {
        IndicatorValue::Number(n) => fmt_num(*n),
        IndicatorValue::Text(s) => s.clone(),
    }
}

fn indicator_row(i: Indicator, lang: Lang, t: &'static Strings) -> impl IntoView {
    let name = match lang {
        Lang::Zh => i.name_zh,
        Lang::En => i.name_en,
    };
    // The data keeps the plan's Chinese wording; translate only the two known kinds.
    let kind = match i.kind.as_str() {
        "预期性" => t.expected.to_string(),
        "约束性" => t.binding.to_string(),
        _ => i.kind,
    };
    view! {
        <tr>
            <th scope="row">{i.no} ". " {name}</th>
            <td>{i.unit}</td>
            <td class="num">{value_text(&i.value_2020)}</td>
            <td class="num">{value_text(&i.target_2025)}</td>
            <td>{kind}</td>
        </tr>
    }
}

/// The plan's eight fields with their 2025 targets (each a button to its filtered map),
/// and 表1's indicators. Shown when the URL says `panel=sectors`.
#[component]
pub fn SectorOverview() -> impl IntoView {
    let view = use_view_state();
    let open = Memo::new(move |_| view.state.with(|s| s.panel == Panel::Sectors));
    let strings = move || view.state.with(|s| s.lang).strings();
    let body = move || {
        // Created only once the panel opens, so the default page never fetches 表1.
        let sectors = expect_context::<SectorsResource>();
        let indicators = Resource::new(|| (), |_| get_indicators());
        let show = move |s: Sector| {
            view.update(false, |v| {
                v.query.sectors = BTreeSet::from([s]);
                v.panel = Panel::List;
            })
        };
        let tables = move || {
            Suspend::new(async move {
                let lang = view.state.with_untracked(|s| s.lang);
                let t = lang.strings();
                let (infos, rows) = match (sectors.await, indicators.await) {
                    (Ok(a), Ok(b)) => (a, b),
                    (Err(e), _) | (_, Err(e)) => {
                        return view! { <p class="list-error" role="alert">{e.to_string()}</p> }
                            .into_any()
                    }
                };
                let fields = infos
                    .into_iter()
                    // Cross-sector is the catalogue's bucket, not one of the plan's fields.
                    .filter(|i| i.id != Sector::CrossSector)
                    .map(|info| {
                        let id = info.id;
                        view! {
                            <tr data-sector=slug(&id)>
                                <th scope="row">
                                    <button type="button" class="sector-link" title=t.show_sector_on_map
                                        on:click=move |_| show(id)>
                                        <span class="swatch" aria-hidden="true"
                                            style=format!("background-color:{}", info.color)></span>
                                        {sector_label(&info, lang)}
                                    </button>
                                </th>
                                <td class="target num">{target_text(&info, t)}</td>
                                <td class="growth num">{growth_text(&info, t)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let indicator_rows = rows
                    .into_iter()
                    .map(|i| indicator_row(i, lang, t))
                    .collect_view();
                view! {
                    <table class="sector-table">
                        <caption>{t.sector_overview}</caption>
                        <thead><tr>
                            <th scope="col">{t.sector}</th>
                            <th scope="col">{t.target_2025}</th>
                            <th scope="col">{t.growth}</th>
                        </tr></thead>
                        <tbody>{fields}</tbody>
                    </table>
                    <table class="indicator-table">
                        <caption>{t.indicators_title}</caption>
                        <thead><tr>
                            <th scope="col">{t.indicator}</th>
                            <th scope="col">{t.unit}</th>
                            <th scope="col">{t.year_2020}</th>
                            <th scope="col">{t.year_2025}</th>
                            <th scope="col">{t.indicator_kind}</th>
                        </tr></thead>
                        <tbody>{indicator_rows}</tbody>
                    </table>
                }
                .into_any()
            })
        };
        view! {
            <section id="sector-overview" class="sector-overview" aria-label=move || strings().sector_overview>
                <Transition fallback=move || view! { <p class="loading">{strings().loading}</p> }>{tables}</Transition>
            </section>
        }
    };
    move || open.get().then(body)
}
