use app::model::Lang;
use app::tr;
use leptos::prelude::*;

use super::document::{document, page_header};

/// One entry as the page shows it (time already formatted).
pub struct AuditRow {
    pub when: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub address: String,
    pub detail: String,
}

/// The filter as the admin typed it, for the form and the "older" link.
#[derive(Clone, Debug, Default)]
pub struct AuditQuery {
    pub user: String,
    pub action: String,
    pub from: String,
    pub to: String,
    /// The query string of the next page, when there is one.
    pub older: Option<String>,
}

/// `/admin/audit`: newest first, filterable by user, action and dates.
pub fn audit_page(
    lang: Lang,
    css: &str,
    rows: Vec<AuditRow>,
    q: AuditQuery,
    error: Option<String>,
) -> String {
    let empty = rows
        .is_empty()
        .then(|| view! { <p>{tr!(lang, account.no_entries)}</p> });
    let rows = rows
        .into_iter()
        .map(|r| {
            view! {
                <tr><td>{r.when}</td><td>{r.actor}</td><td>{r.action}</td><td>{r.target}</td>
                <td>{r.address}</td><td class="audit-detail">{r.detail}</td></tr>
            }
        })
        .collect_view();
    let older = q.older.clone().map(|qs| {
        view! { <p><a href=lang.href(&format!("/admin/audit?{qs}"))>{tr!(lang, account.newer)}</a></p> }
    });
    let body = view! {
        {page_header(lang, "/admin/audit")}
        <main class="account wide">
            <h1>{tr!(lang, account.audit)}</h1>
            <p><a href=lang.href("/account")>{tr!(lang, account.account)}</a>" · "
                <a href=lang.href("/admin/users")>{tr!(lang, account.users)}</a></p>
            {error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            <form class="audit-filter" method="get" action="/admin/audit">
                {(lang == Lang::En).then(|| view! { <input type="hidden" name="lang" value="en" /> })}
                <label>{tr!(lang, account.who)}<input name="user" value=q.user /></label>
                <label>{tr!(lang, account.action)}<input name="action" value=q.action list="audit-actions" /></label>
                <datalist id="audit-actions">
                    {["login", "login_failed", "logout", "password_changed", "user_added", "user_changed"]
                        .map(|a| view! { <option value=a></option> })}
                </datalist>
                <label>{tr!(lang, account.from)}<input type="date" name="from" value=q.from /></label>
                <label>{tr!(lang, account.to)}<input type="date" name="to" value=q.to /></label>
                <button type="submit">{tr!(lang, account.filter)}</button>
            </form>
            {empty}
            <table class="audit">
                <thead><tr>
                    <th scope="col">{tr!(lang, account.when)}</th><th scope="col">{tr!(lang, account.who)}</th>
                    <th scope="col">{tr!(lang, account.action)}</th><th scope="col">{tr!(lang, account.target)}</th>
                    <th scope="col">{tr!(lang, account.address)}</th><th scope="col">{tr!(lang, account.detail)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            {older}
        </main>
    };
    document(lang, tr!(lang, account.audit), css, body)
}
