use app::model::{Lang, Role, UserInfo};
use app::tr;
use leptos::prelude::*;

use super::document::{document, page_header};
use super::Flash;

pub fn role_label(lang: Lang, role: Role) -> &'static str {
    match role {
        Role::Editor => tr!(lang, account.roles.editor),
        Role::Reviewer => tr!(lang, account.roles.reviewer),
        Role::Admin => tr!(lang, account.roles.admin),
    }
}

/// `/account`: who is signed in, a new password, signing out, and the admin pages' links.
pub fn account_page(lang: Lang, css: &str, me: &UserInfo, flash: Flash) -> String {
    let admin = me.role.includes(Role::Admin).then(|| {
        view! {
            <nav class="account-links">
                <a href=lang.href("/admin/users")>{tr!(lang, account.users)}</a>" · "
                <a href=lang.href("/admin/audit")>{tr!(lang, account.audit)}</a>
            </nav>
        }
    });
    let must = me
        .must_change_password
        .then(|| view! { <p class="form-error" role="alert">{tr!(lang, account.must_change)}</p> });
    let body = view! {
        {page_header(lang, "/account")}
        <main class="account">
            <h1>{tr!(lang, account.account)}</h1>
            <p class="signed-in">{tr!(lang, account.signed_in_as)}<strong>{me.name.clone()}</strong>
                " · " {role_label(lang, me.role)}</p>
            {flash.notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            {flash.error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            {must}
            {admin}
            <h2>{tr!(lang, account.change_password)}</h2>
            <form class="account-form" method="post" action=lang.href("/account/password")>
                <input type="text" name="name" value=me.name.clone() autocomplete="username" hidden />
                <label>{tr!(lang, account.current_password)}
                    <input type="password" name="current_password" autocomplete="current-password" required />
                </label>
                <label>{tr!(lang, account.new_password)}
                    <input type="password" name="new_password" autocomplete="new-password" required minlength="12" />
                </label>
                <button type="submit">{tr!(lang, account.save)}</button>
            </form>
            <form method="post" action=lang.href("/logout")>
                <button type="submit" class="link">{tr!(lang, account.sign_out)}</button>
            </form>
            <p><a href=lang.href("/")>{tr!(lang, account.back_to_map)}</a></p>
        </main>
    };
    document(lang, tr!(lang, account.account), css, body)
}
