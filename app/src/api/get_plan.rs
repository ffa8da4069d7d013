//! The reader's server functions answer with markup made on the server (`crate::markup`'s
//! plan functions), so the wasm every visitor loads carries none of the plan's types or
//! their rendering; the REST API (`/api/v1/plan/…`) serves the same content as data.
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[cfg(feature = "ssr")]
fn atlas() -> Result<super::AtlasContext, ServerFnError> {
    use_context::<super::AtlasContext>()
        .ok_or_else(|| ServerFnError::new("the atlas is not provided"))
}

#[cfg(feature = "ssr")]
fn lang_of(code: &str) -> Result<crate::model::Lang, ServerFnError> {
    crate::model::Lang::parse(code).map_err(|e| ServerFnError::new(e.to_string()))
}

/// The plan's table of contents, as nested lists of buttons (each `data-read`).
#[server(input = GetUrl, output = super::JsonText, endpoint = "get_plan_toc")]
pub async fn get_plan_toc() -> Result<String, ServerFnError> {
    Ok(crate::markup::toc_items(&atlas()?.plan_toc()))
}

/// What the reader shows for `id` (a node or passage of the plan): the section around
/// it, `id` highlighted, mentions as links; `None` when the plan has no such id.
#[server(input = GetUrl, output = super::JsonText, endpoint = "get_plan_text")]
pub async fn get_plan_text(id: String, lang: String) -> Result<Option<String>, ServerFnError> {
    let lang = lang_of(&lang)?;
    Ok(atlas()?
        .plan_section(&id)
        .map(|s| crate::markup::section_body(&s, Some(&id), lang)))
}

/// Passages of the plan where `q` stands, the match marked (the argument check bounds it).
#[server(input = GetUrl, output = super::JsonText, endpoint = "search_plan")]
pub async fn search_plan(q: String, lang: String) -> Result<String, ServerFnError> {
    let lang = lang_of(&lang)?;
    Ok(crate::markup::plan_hits(&atlas()?.plan_search(&q), lang))
}
