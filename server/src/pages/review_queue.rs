use app::i18n::{self, city_name};
use app::model::{wire_name, Lang, Sector, CITIES};
use app::tr;
use leptos::prelude::*;

use super::diff_view::diff_table;
use super::document::{document, page_header};
use super::Flash;
use crate::curation::SuggestionView;

/// One suggestion as the queue shows it.
pub struct QueueItem {
    pub suggestion: SuggestionView,
    /// The entity's name in the page's language.
    pub name: String,
    pub when: String,
    /// The move's small map (SVG markup drawn by the server), if the change moves a site.
    pub map: Option<String>,
    /// Its base revision is no longer the entity's current one.
    pub stale: bool,
}

/// The filter as the reviewer chose it (wire values; empty = any).
#[derive(Clone, Debug, Default)]
pub struct QueueForm {
    pub city: String,
    pub sector: String,
    pub author: String,
    pub status: String,
}

/// Who looks at the queue: their own suggestions get no decision buttons.
pub struct Viewer {
    pub name: String,
    pub can_review: bool,
}

fn status_label(lang: Lang, status: &str) -> &'static str {
    match status {
        "approved" => tr!(lang, review.statuses.approved),
        "rejected" => tr!(lang, review.statuses.rejected),
        _ => tr!(lang, review.statuses.pending),
    }
}

fn filter_form(lang: Lang, f: &QueueForm) -> impl IntoView {
    let cities = CITIES
        .map(|c| view! { <option value=c selected=f.city == c>{city_name(lang, c)}</option> });
    let sectors = Sector::ALL.map(|s| {
        let w = wire_name(&s);
        view! { <option selected=f.sector == w value=w>{i18n::sector(lang, s)}</option> }
    });
    let statuses = crate::curation::STATUSES
        .map(|s| view! { <option value=s selected=f.status == s>{status_label(lang, s)}</option> });
    view! {
        <form class="audit-filter" method="get" action="/review">
            {(lang == Lang::En).then(|| view! { <input type="hidden" name="lang" value="en" /> })}
            <label>{tr!(lang, city)}<select name="city">
                <option value="">{tr!(lang, review.any)}</option>{cities}</select></label>
            <label>{tr!(lang, sector)}<select name="sector">
                <option value="">{tr!(lang, review.any)}</option>{sectors}</select></label>
            <label>{tr!(lang, review.author)}<input name="author" value=f.author.clone() /></label>
            <label>{tr!(lang, account.status)}<select name="status">{statuses}</select></label>
            <button type="submit">{tr!(lang, account.filter)}</button>
        </form>
    }
}

/// Approve or reject (one comment, two buttons), rebase for its author, or the decision.
fn actions(lang: Lang, viewer: &Viewer, item: &QueueItem) -> impl IntoView {
    let s = &item.suggestion;
    let base = format!("/review/{}", s.id);
    let own = s.author == viewer.name;
    if s.status != "pending" {
        let decided = format!(
            "{} · {} {}",
            status_label(lang, &s.status),
            s.reviewer.clone().unwrap_or_default(),
            s.comment.clone().unwrap_or_default()
        );
        return view! { <p class="decision">{decided}</p> }.into_any();
    }
    let stale = item.stale.then(|| {
        let rebase = own.then(|| {
            view! {
                <form method="post" action=lang.href(&format!("{base}/rebase"))>
                    <button type="submit">{tr!(lang, review.rebase)}</button>
                </form>
            }
        });
        view! { <p class="form-error">{tr!(lang, review.stale)}</p>{rebase} }
    });
    let decide = (viewer.can_review && !own).then(|| {
        view! {
            <form class="decide" method="post" action=lang.href(&format!("{base}/approve"))>
                <label>{tr!(lang, review.comment)}<textarea name="comment" rows="2"></textarea></label>
                <button type="submit" class="approve" disabled=item.stale>{tr!(lang, review.approve)}</button>
                <button type="submit" class="reject" formaction=lang.href(&format!("{base}/reject"))>
                    {tr!(lang, review.reject)}</button>
            </form>
        }
    });
    let own_note = (own && viewer.can_review).then(|| view! { <p>{tr!(lang, review.own)}</p> });
    view! { {stale}{decide}{own_note} }.into_any()
}

fn card(lang: Lang, viewer: &Viewer, item: QueueItem) -> impl IntoView {
    let actions = actions(lang, viewer, &item);
    let s = item.suggestion;
    let entity = lang.href(&format!("/?sel={}", s.entity_id));
    let history = lang.href(&format!("/entities/{}/history", s.entity_id));
    let new = s
        .is_new
        .then(|| view! { <small class="badge">{tr!(lang, review.new_entity)}</small> });
    let meta = format!(
        "{} {} · {} · {} {} · {}",
        tr!(lang, review.author),
        s.author,
        item.when,
        tr!(lang, review.based_on),
        s.base_revision,
        status_label(lang, &s.status)
    );
    let map = item.map.map(|svg| {
        view! {
            <figure class="move-map">
                <div inner_html=svg></div>
                <figcaption><span class="move-old-key">"○ "{tr!(lang, review.move_before)}</span>
                    " → "<span class="move-new-key">"● "{tr!(lang, review.move_after)}</span></figcaption>
            </figure>
        }
    });
    view! {
        <article class="suggestion" id=format!("s-{}", s.id) data-status=s.status.clone()>
            <h2><a href=entity>{item.name}</a>" "{new}</h2>
            <p class="meta">{meta}" · "<a href=history>{tr!(lang, review.view_history)}</a></p>
            <p><strong>{tr!(lang, review.reason)}"："</strong><span class="reason">{s.reason.clone()}</span></p>
            <p><strong>{tr!(lang, review.source)}"："</strong><span class="source">{s.source.describe()}</span></p>
            <div class="change">{map}{diff_table(lang, &s.diff)}</div>
            {actions}
        </article>
    }
}

/// `/review`: the suggestions of the filter, oldest first, each with its diff.
pub fn queue_page(
    lang: Lang,
    css: &str,
    viewer: &Viewer,
    (form, items): (&QueueForm, Vec<QueueItem>),
    flash: Flash,
) -> String {
    let empty = items
        .is_empty()
        .then(|| view! { <p>{tr!(lang, review.empty)}</p> });
    let cards = items
        .into_iter()
        .map(|i| card(lang, viewer, i))
        .collect_view();
    let body = view! {
        {page_header(lang, "/review")}
        <main class="account wide review">
            <h1>{tr!(lang, review.queue)}</h1>
            <p><a href=lang.href("/suggest/new")>{tr!(lang, review.add_entity)}</a>" · "
                <a href=lang.href("/review/bulk")>{tr!(lang, review.bulk)}</a>" · "
                <a href=lang.href("/account")>{tr!(lang, account.account)}</a>" · "
                <a href=lang.href("/")>{tr!(lang, account.back_to_map)}</a></p>
            {flash.notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            {flash.error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            {filter_form(lang, form)}
            {empty}
            {cards}
        </main>
    };
    document(lang, tr!(lang, review.queue), css, body)
}
