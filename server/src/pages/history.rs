use app::model::Lang;
use app::tr;
use leptos::prelude::*;

use super::diff_view::diff_table;
use super::document::{document, page_header};
use super::Flash;
use crate::curation::HistoryEntry;

/// An entity's history as the page shows it.
pub struct HistoryView {
    pub id: String,
    /// The entity's name in the page's language.
    pub name: String,
    /// Newest first, the baseline last; `when` formatted beside each.
    pub entries: Vec<(HistoryEntry, String)>,
    pub current: u64,
    /// A reviewer is looking: every earlier revision gets a revert form.
    pub can_revert: bool,
}

fn entry(lang: Lang, h: &HistoryView, e: HistoryEntry, when: String) -> impl IntoView {
    let is_current = e.revision == h.current;
    let title = match e.revision {
        0 => tr!(lang, review.baseline).to_owned(),
        n => format!("{} {n}", tr!(lang, review.revision)),
    };
    let current =
        is_current.then(|| view! { <small class="badge">{tr!(lang, review.current)}</small> });
    let who = e.proposed_by.as_ref().map(|p| {
        format!(
            "{} {p} · {} {} · {when}",
            tr!(lang, review.proposed_by),
            tr!(lang, review.approved_by),
            e.approved_by.clone().unwrap_or_default()
        )
    });
    let source = e.source.as_ref().map(|s| {
        view! { <p><strong>{tr!(lang, review.source)}"："</strong><span class="source">{s.describe()}</span></p> }
    });
    let reason = e.proposed_by.is_some().then(|| {
        view! { <p><strong>{tr!(lang, review.reason)}"："</strong><span class="reason">{e.reason.clone()}</span></p> }
    });
    let changes = (!e.changes.is_empty()).then(|| diff_table(lang, &e.changes));
    let revert = (h.can_revert && !is_current).then(|| {
        view! {
            <form class="revert" method="post" action=lang.href(&format!("/entities/{}/revert", h.id))>
                <input type="hidden" name="revision" value=e.revision.to_string() />
                <label>{tr!(lang, review.revert_reason)}<input name="reason" required /></label>
                <button type="submit">{tr!(lang, review.revert)}</button>
            </form>
        }
    });
    view! {
        <article class="revision" id=format!("r-{}", e.revision) data-revision=e.revision.to_string()>
            <h2>{title}" "{current}</h2>
            {who.map(|w| view! { <p class="meta">{w}</p> })}
            {reason}
            {source}
            {changes}
            {revert}
        </article>
    }
}

/// `/entities/{id}/history`: every revision with its diff; reviewers can revert.
pub fn history_page(lang: Lang, css: &str, mut h: HistoryView, flash: Flash) -> String {
    let entries = std::mem::take(&mut h.entries);
    let path = format!("/entities/{}/history", h.id);
    let title = format!("{} · {}", tr!(lang, review.history), h.name);
    let items = entries
        .into_iter()
        .map(|(e, when)| entry(lang, &h, e, when))
        .collect_view();
    let body = view! {
        {page_header(lang, &path)}
        <main class="account wide history">
            <h1>{title.clone()}</h1>
            <p><a href=lang.href(&format!("/?sel={}", h.id))>{tr!(lang, review.on_map)}</a>" · "
                <a href=lang.href(&format!("/suggest/{}", h.id))>{tr!(lang, review.suggest)}</a></p>
            {flash.notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            {flash.error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            {items}
        </main>
    };
    document(lang, &title, css, body)
}
