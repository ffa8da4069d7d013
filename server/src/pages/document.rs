use app::model::{escape_markup, Lang};
use app::tr;
use leptos::prelude::*;
use leptos::reactive::owner::Owner;

/// What a page adds to its head: stylesheets, and deferred scripts of this site.
pub struct Head {
    pub styles: &'static [&'static str],
    pub scripts: &'static [&'static str],
}

/// A whole page around `body`: the site's stylesheet, no scripts.
pub fn document(lang: Lang, title: &str, css: &str, body: impl IntoView + 'static) -> String {
    let none = Head {
        styles: &[],
        scripts: &[],
    };
    document_with(lang, title, css, body, &none)
}

/// A whole page around `body` with `head`'s extra stylesheets and scripts.
pub fn document_with(
    lang: Lang,
    title: &str,
    css: &str,
    body: impl IntoView + 'static,
    head: &Head,
) -> String {
    let html = Owner::new().with(|| body.into_view().to_html());
    let styles: String = head
        .styles
        .iter()
        .map(|s| format!(r#"<link rel="stylesheet" href="{s}">"#))
        .collect();
    let scripts: String = head
        .scripts
        .iter()
        .map(|s| format!(r#"<script defer src="{s}"></script>"#))
        .collect();
    format!(
        r#"<!DOCTYPE html><html lang="{}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{} · {}</title><link rel="icon" type="image/svg+xml" href="/favicon.svg"><link rel="stylesheet" href="{}"><link rel="stylesheet" href="/account.css">{styles}{scripts}</head><body class="account-page">{html}</body></html>"#,
        tr!(lang, html_lang),
        escape_markup(title),
        tr!(lang, title),
        escape_markup(css),
    )
}

/// The header every account page shares: the product, the language switch, the way back.
pub fn page_header(lang: Lang, path: &str) -> impl IntoView {
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    view! {
        <header class="site-header">
            <a class="brand" href=lang.href("/")>{tr!(lang, title)}</a>
            <div class="header-actions">
                <a class="lang-toggle" href=other.href(path)>{tr!(lang, switch_lang)}</a>
            </div>
        </header>
    }
}

/// A page that only says something (e.g. that a role is needed).
pub fn message_page(lang: Lang, css: &str, title: &str, message: String) -> String {
    let title_owned = title.to_owned();
    document(
        lang,
        title,
        css,
        view! {
            {page_header(lang, "/account")}
            <main class="account">
                <h1>{title_owned}</h1>
                <p class="form-error" role="alert">{message}</p>
                <p><a href=lang.href("/account")>{tr!(lang, account.account)}</a>" · "
                <a href=lang.href("/")>{tr!(lang, account.back_to_map)}</a></p>
            </main>
        },
    )
}
