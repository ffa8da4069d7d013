use leptos::prelude::*;

use crate::model::Lang::{En, Zh};
use crate::model::StaffView;
use crate::tr;

/// Product name and tagline in both languages whatever the UI language; `children` are the
/// page's actions (right side), then the way to the account pages (a plain link: nothing of
/// the editing code is on this page).
#[component]
pub fn Header(#[prop(optional)] children: Option<Children>) -> impl IntoView {
    // Reviewers see how many suggestions wait for them (a plain link to the queue page).
    let queue = use_context::<StaffView>().and_then(|s| s.pending).map(|n| {
        view! {
            <a class="queue-link" href="/review">
                {tr!(Zh, review.queue)} " " <span class="queue-count">{n}</span>
                <span class="account-en">" · " {tr!(En, review.queue)}</span>
            </a>
        }
    });
    view! {
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-zh">{tr!(Zh, title)}</span>
                <span class="brand-en">{tr!(En, title)}</span>
            </a>
            <span class="tagline">
                {tr!(Zh, tagline)} " · " {tr!(En, tagline)}
            </span>
            <div class="header-actions">
                {children.map(|c| c())}
                {queue}
                <a class="account-link" href="/account">
                    {tr!(Zh, account.account)}
                    // Folded on a phone, as the English name is.
                    <span class="account-en">" · " {tr!(En, account.account)}</span>
                </a>
            </div>
        </header>
    }
}
