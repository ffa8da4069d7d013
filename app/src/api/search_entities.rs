use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::SearchPage;

/// Entities for a URL query string (the parameters of `/api/v1/entities`, and `zoom` for a
/// clustered view's clusters: [`super::parse_search`]). A GET, so responses are cacheable
/// like the REST API.
#[server(input = GetUrl, output = super::JsonText, endpoint = "search_entities")]
pub async fn search_entities(query: String) -> Result<SearchPage, ServerFnError> {
    // Bad input is the caller's to fix: 400, never a 500.
    let bad = |e: crate::model::ParamError| {
        if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
            resp.set_status(http::StatusCode::BAD_REQUEST);
        }
        ServerFnError::new(e.to_string())
    };
    let (q, zoom) = super::parse_search(&query).map_err(bad)?;
    let atlas = use_context::<super::AtlasContext>()
        .ok_or_else(|| ServerFnError::new("the atlas is not provided"))?;
    atlas.search(&q, zoom).map_err(bad)
}
