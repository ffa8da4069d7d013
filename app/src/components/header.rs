use leptos::prelude::*;

/// Product name in Chinese and English; `children` are the page's actions (right side).
#[component]
pub fn Header(#[prop(optional)] children: Option<Children>) -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-zh">"福建战新产业集群地图"</span>
                <span class="brand-en">"Fujian Cluster Atlas"</span>
            </a>
            <span class="tagline">
                "《福建省“十四五”战略性新兴产业发展专项规划》 · Strategic emerging industries, 2021–2025"
            </span>
            <div class="header-actions">{children.map(|c| c())}</div>
        </header>
    }
}
