use leptos::prelude::*;

use super::delegation::closest_attr;
use crate::api::{get_plan_text, get_plan_toc, search_plan};
use crate::model::{Panel, MAX_Q_CHARS, PLAN_CONTENTS};
use crate::state::use_view_state;
use crate::tr;

/// The plan reader: search within the plan, its table of contents, and the section that
/// `read=` names with every mention of an entity a link, the passage it names scrolled to
/// and highlighted. The server makes the markup (see `api/get_plan.rs`). Beside the map
/// (`link` false) a mention selects its entity and "show on map" filters the map in place;
/// on `/plan` they are plain links to the map.
#[component]
pub fn PlanPane(link: bool) -> impl IntoView {
    let view = use_view_state();
    let lang = move || view.state.with(|s| s.lang);
    let read = Memo::new(move |_| view.state.with(|s| s.read.clone()));
    let at_contents = move || read.with(|r| r.as_deref().is_none_or(|r| r == PLAN_CONTENTS));
    let toc = Resource::new(|| (), |_| get_plan_toc());
    let text = Resource::new(
        move || (read.get().filter(|r| r != PLAN_CONTENTS), lang()),
        |(id, lang)| async move {
            match id {
                Some(id) => get_plan_text(id, lang.code().into()).await,
                None => Ok(None),
            }
        },
    );
    let asked = RwSignal::new(String::new());
    let hits = Resource::new(
        move || (asked.get(), lang()),
        |(q, lang)| async move {
            match q.is_empty() {
                true => Ok(None),
                false => search_plan(q, lang.code().into()).await.map(Some),
            }
        },
    );
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let target = event_target::<leptos::web_sys::Element>(&ev);
        if let Some(id) = closest_attr(&target, "[data-read]", "data-read") {
            asked.set(String::new());
            view.update(false, |s| s.read = Some(id));
        } else if link {
            // Links to the map: the browser follows them.
        } else if let Some(id) = closest_attr(&target, "a[data-id]", "data-id") {
            ev.prevent_default();
            view.update(false, |s| s.selected = Some(id));
        } else if let Some(node) = closest_attr(&target, "a[data-section]", "data-section") {
            ev.prevent_default();
            view.update(false, |s| {
                s.query.section = Some(node);
                s.selected = None;
                s.panel = Panel::List;
            });
        }
    };
    let input = NodeRef::<leptos::html::Input>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(el) = input.get() {
            asked.set(el.value().trim().chars().take(MAX_Q_CHARS).collect());
        }
    };
    // Each section drawn is a new <article>: once it is in the page, bring its highlighted
    // passage into view, and again when the reader's stylesheet arrives (it makes the
    // reader the scrolling box, so a scroll done before it is lost).
    let article = NodeRef::<leptos::html::Article>::new();
    let styled = RwSignal::new(false);
    Effect::new(move |_| {
        styled.track();
        if let Some(el) = article.get() {
            request_animation_frame(move || {
                if let Ok(Some(target)) = el.query_selector(".target") {
                    target.scroll_into_view();
                }
            });
        }
    });
    let alert = |e: ServerFnError| view! { <p role="alert">{e.to_string()}</p> }.into_any();
    let found = move || {
        Suspend::new(async move {
            match hits.await {
                Ok(html) => {
                    html.map(|h| view! { <div class="plan-found" inner_html=h></div> }.into_any())
                }
                Err(e) => Some(alert(e)),
            }
        })
    };
    let contents = move || {
        Suspend::new(async move {
            match toc.await {
                Ok(html) => view! { <nav inner_html=html></nav> }.into_any(),
                Err(e) => alert(e),
            }
        })
    };
    let section = move || {
        Suspend::new(async move {
            let wanted = read.with_untracked(|r| r.as_deref().is_some_and(|r| r != PLAN_CONTENTS));
            match text.await {
                Ok(Some(html)) => {
                    Some(view! { <article class="plan-text" inner_html=html node_ref=article></article> }.into_any())
                }
                Ok(None) if wanted => {
                    let lang = view.state.with_untracked(|s| s.lang);
                    Some(view! { <p role="alert">{tr!(lang, plan.not_found)}</p> }.into_any())
                }
                Ok(None) => None,
                Err(e) => Some(alert(e)),
            }
        })
    };
    view! {
        <div class="plan-pane" on:click=on_click>
            // Its own stylesheet: a page that never shows the reader never loads it.
            <link rel="stylesheet" href="/plan.css" on:load=move |_| styled.set(true) />
            <form class="plan-search" role="search" on:submit=on_submit>
                <label class="visually-hidden" for="plan-search-input">{move || tr!(lang(), plan.search)}</label>
                <input id="plan-search-input" type="search" node_ref=input maxlength=MAX_Q_CHARS
                    placeholder=move || tr!(lang(), plan.search_placeholder) />
                <button type="submit" class="link">{move || tr!(lang(), plan.search)}</button>
            </form>
            <Transition fallback=|| ()>{found}</Transition>
            <details class="plan-toc" open=at_contents>
                <summary>{move || tr!(lang(), plan.contents)}</summary>
                <Transition fallback=|| ()>{contents}</Transition>
            </details>
            <Transition fallback=move || view! { <p class="loading">{tr!(lang(), loading)}</p> }>{section}</Transition>
        </div>
    }
}
