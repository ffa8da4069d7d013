use app::model::{Lang, Role, UserInfo};
use app::tr;
use leptos::prelude::*;

use super::account::role_label;
use super::document::{document, page_header};
use super::Flash;

fn role_options(lang: Lang, current: Role) -> impl IntoView {
    Role::ALL
        .into_iter()
        .map(|r| view! { <option value=r.name() selected=r == current>{role_label(lang, r)}</option> })
        .collect_view()
}

/// One user's row: role, status, and the admin's three changes, each its own form.
fn user_row(lang: Lang, u: &UserInfo, created: String) -> impl IntoView {
    let action = lang.href(&format!("/admin/users/{}", u.name));
    let (toggle, label) = if u.disabled {
        ("enable", tr!(lang, account.enable))
    } else {
        ("disable", tr!(lang, account.disable))
    };
    let status = if u.disabled {
        tr!(lang, account.disabled)
    } else {
        tr!(lang, account.active)
    };
    view! {
        <tr data-user=u.name.clone()>
            <th scope="row">{u.name.clone()}</th>
            <td>{role_label(lang, u.role)}</td>
            <td>{status}</td>
            <td>{created}</td>
            <td class="user-actions">
                <form method="post" action=action.clone()>
                    <input type="hidden" name="op" value="role" />
                    <select name="role" aria-label=tr!(lang, account.role)>{role_options(lang, u.role)}</select>
                    <button type="submit">{tr!(lang, account.save)}</button>
                </form>
                <form method="post" action=action.clone()>
                    <input type="hidden" name="op" value=toggle />
                    <button type="submit">{label}</button>
                </form>
                <form method="post" action=action>
                    <input type="hidden" name="op" value="reset" />
                    <input type="password" name="reset_password" autocomplete="new-password" minlength="12"
                        required aria-label=tr!(lang, account.reset_password) placeholder=tr!(lang, account.reset_password) />
                    <button type="submit">{tr!(lang, account.reset)}</button>
                </form>
            </td>
        </tr>
    }
}

/// `/admin/users`: every account with its changes, and a form to add one.
pub fn users_page(lang: Lang, css: &str, users: &[(UserInfo, String)], flash: Flash) -> String {
    let rows = users
        .iter()
        .map(|(u, created)| user_row(lang, u, created.clone()))
        .collect_view();
    let body = view! {
        {page_header(lang, "/admin/users")}
        <main class="account wide">
            <h1>{tr!(lang, account.users)}</h1>
            <p><a href=lang.href("/account")>{tr!(lang, account.account)}</a>" · "
                <a href=lang.href("/admin/audit")>{tr!(lang, account.audit)}</a></p>
            {flash.notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            {flash.error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            <table class="users">
                <thead><tr>
                    <th scope="col">{tr!(lang, account.name)}</th><th scope="col">{tr!(lang, account.role)}</th>
                    <th scope="col">{tr!(lang, account.status)}</th><th scope="col">{tr!(lang, account.created)}</th>
                    <th scope="col"></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <h2>{tr!(lang, account.add_user)}</h2>
            <form class="account-form" method="post" action=lang.href("/admin/users")>
                <label>{tr!(lang, account.name)}<input name="name" required maxlength="64" autocomplete="off" /></label>
                <label>{tr!(lang, account.role)}<select name="role">{role_options(lang, Role::Editor)}</select></label>
                <label>{tr!(lang, account.password)}
                    <input type="password" name="password" required minlength="12" autocomplete="new-password" />
                </label>
                <button type="submit">{tr!(lang, account.add)}</button>
            </form>
        </main>
    };
    document(lang, tr!(lang, account.users), css, body)
}
