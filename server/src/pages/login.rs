use app::model::Lang;
use app::tr;
use leptos::prelude::*;

use super::document::{document, page_header};
use super::Flash;

/// `/login`: name and password.
pub fn login_page(lang: Lang, css: &str, flash: Flash) -> String {
    let body = view! {
        {page_header(lang, "/login")}
        <main class="account">
            <h1>{tr!(lang, account.sign_in)}</h1>
            <p class="account-intro">{tr!(lang, account.intro)}</p>
            {flash.notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            {flash.error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            <form class="account-form" method="post" action=lang.href("/login")>
                <label>{tr!(lang, account.name)}
                    <input name="name" autocomplete="username" required maxlength="64" />
                </label>
                <label>{tr!(lang, account.password)}
                    <input type="password" name="password" autocomplete="current-password" required />
                </label>
                <button type="submit">{tr!(lang, account.sign_in)}</button>
            </form>
            <p><a href=lang.href("/")>{tr!(lang, account.back_to_map)}</a></p>
        </main>
    };
    document(lang, tr!(lang, account.sign_in), css, body)
}
