use leptos::prelude::*;

use crate::api::{get_detail, EntityDetail};
use crate::i18n::{city_name, Lang};
use crate::model::Tier;
use crate::state::use_view_state;

/// Everything known about the selected entity, with every citation in the plan's words.
#[component]
pub fn DetailPanel() -> impl IntoView {
    let view = use_view_state();
    let selected = move || view.state.with(|s| s.selected.clone());
    let detail = Resource::new(selected, |id| async move {
        match id {
            Some(id) => get_detail(id).await,
            None => Ok(None),
        }
    });
    let close = move |_| view.update(false, |s| s.selected = None);
    let body = move || {
        Suspend::new(async move {
            let lang = view.state.with_untracked(|s| s.lang);
            match detail.await {
                Ok(Some(d)) => Some(view! { <DetailBody detail=d lang=lang /> }.into_any()),
                Ok(None) => None,
                Err(e) => Some(view! { <p role="alert">{e.to_string()}</p> }.into_any()),
            }
        })
    };
    view! {
        <Show when=move || selected().is_some()>
            <aside class="detail" aria-label="detail" tabindex="-1">
                <button type="button" class="detail-close" on:click=close aria-label=move || view.state.with(|s| s.lang).strings().close>
                    "×"
                </button>
                <Transition fallback=|| ()>{body}</Transition>
            </aside>
        </Show>
    }
}

#[component]
fn DetailBody(detail: EntityDetail, lang: Lang) -> impl IntoView {
    let view = use_view_state();
    let t = lang.strings();
    let e = detail.entity;
    let p = e.props;
    let (title, subtitle) = match lang {
        Lang::Zh => (p.name_zh.clone(), p.name_en.clone()),
        Lang::En => (p.name_en.clone(), p.name_zh.clone()),
    };
    let tier_source = match (&p.tier_note, p.tier) {
        (Some(note), _) => Some(note.clone()),
        (None, Tier::None) => None,
        (None, _) => Some(t.tier_source_plan.to_string()),
    };
    let sectors = p
        .sectors
        .iter()
        .map(|s| t.sector(*s))
        .collect::<Vec<_>>()
        .join(" · ");
    let places: Vec<String> = p
        .cities
        .iter()
        .map(|c| city_name(lang, c))
        .chain(p.districts.iter().cloned())
        .collect();
    let members = (p.members.len() > 1).then(|| {
        let items = p.members.iter().map(|m| {
            let role = (!m.role.is_empty()).then(|| format!("（{}）", m.role));
            view! { <li>{m.name_zh.clone()}{role}" · "{t.precision(m.precision)}</li> }
        });
        view! { <h3>{t.members}</h3> <ul class="members">{items.collect_view()}</ul> }
    });
    let related = (!detail.related.is_empty()).then(|| {
        let items = detail.related.into_iter().map(|(id, zh, en)| {
            let label = if lang == Lang::Zh { zh } else { en };
            let go = move |_| view.update(false, |s| s.selected = Some(id.clone()));
            view! { <li><button type="button" class="link" on:click=go>{label}</button></li> }
        });
        view! { <h3>{t.related}</h3> <ul class="related">{items.collect_view()}</ul> }
    });
    let refs = p.refs.iter().map(|r| {
        view! {
            <li class="citation">
                <span class="section">{r.section.clone()}</span>
                <blockquote lang="zh-CN">{r.quote.clone()}</blockquote>
            </li>
        }
    });
    view! {
        <h2 class="detail-title">{title}</h2>
        <p class="detail-subtitle">{subtitle}</p>
        <dl class="facts">
            <dt>{t.kind}</dt><dd>{t.kind(p.kind)}</dd>
            <dt>{t.tier}</dt><dd>{t.tier(p.tier)} {tier_source.map(|s| view! { <small class="tier-source">{s}</small> })}</dd>
            <dt>{t.sector}</dt><dd>{sectors}</dd>
            <dt>{t.location}</dt><dd>{places.join(" · ")} <small class="precision">{t.precision(p.precision)}</small></dd>
        </dl>
        {members}
        {related}
        <h3>{t.citations}</h3>
        <ol class="citations">{refs.collect_view()}</ol>
    }
}
